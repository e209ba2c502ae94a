from effbench.cli.main import main

main()
