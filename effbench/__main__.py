from effbench.cli.run import main

main()
