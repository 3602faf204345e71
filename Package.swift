// swift-tools-version:6.0
//
// SoLieu: figures and indicator records from Vietnamese news text.
//
// Layout (see ../shared/ICU-NOTES.md and docs/ARCHITECTURE.md):
// - `CICU` is a C target whose public header has no ICU types. Only its `.c`
//   file includes the ICU headers, so every Swift module (library, CLI,
//   tests, downstream users) can import full Foundation without the
//   `_FoundationICU` / system-ICU header clash.
// - `SoLieu` is the library: text layer, tokenizer, extractors, records, output.
// - `solieu` is the command-line tool.
// - `Lexicons/*.tsv` are embedded into `SoLieu` at build time by the
//   `EmbedLexicons` build-tool plugin, so the binary works from any directory.

import PackageDescription

let package = Package(
    name: "SoLieu",
    products: [
        .library(name: "SoLieu", targets: ["SoLieu"]),
        .executable(name: "solieu", targets: ["solieu"]),
    ],
    targets: [
        // MARK: ICU access (C shim, opaque API)
        .target(
            name: "CICU",
            path: "Sources/CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),

        // MARK: Lexicon embedding (build tool + plugin)
        .executableTarget(
            name: "_LexiconEmbedder",
            path: "Sources/_LexiconEmbedder"
        ),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["_LexiconEmbedder"],
            path: "Plugins/EmbedLexicons"
        ),

        // MARK: Library
        .target(
            name: "SoLieu",
            dependencies: ["CICU"],
            path: "Sources/SoLieu",
            plugins: ["EmbedLexicons"]
        ),

        // MARK: Command-line tool
        .executableTarget(
            name: "solieu",
            dependencies: ["SoLieu"],
            path: "Sources/solieu"
        ),

        // MARK: Tests
        .testTarget(
            name: "SoLieuTests",
            dependencies: ["SoLieu"],
            path: "Tests/SoLieuTests",
            // Test data read from disk by path (#filePath), not bundled.
            exclude: ["Fixtures"]
        ),
    ]
)
