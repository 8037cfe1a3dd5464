from ivp_cli.cli.app import main

raise SystemExit(main())
