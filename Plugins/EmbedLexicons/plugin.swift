import Foundation
import PackagePlugin

/// Turns every `Lexicons/*.tsv` of the package into one generated Swift file,
/// so the lexicons have a single source of truth (the TSV files) and the built
/// binary does not need to find them on disk at run time.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let lexiconDir = context.package.directoryURL.appending(path: "Lexicons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: lexiconDir.path)) ?? []
        let inputs = names.filter { $0.hasSuffix(".tsv") }.sorted().map { lexiconDir.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        let tool = try context.tool(named: "_LexiconEmbedder")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lexicons",
                executable: tool.url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
