from ivp_cli.cli import main

raise SystemExit(main())
