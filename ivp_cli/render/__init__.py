"""Views: status tables and JSON, diff views, fetch summaries, council reports and their templates."""
