from corekit.cli import main

main()
