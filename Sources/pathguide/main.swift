import PathguideCLI

await Pathguide.main()
