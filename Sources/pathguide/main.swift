import PathguideCLI

Pathguide.main()
