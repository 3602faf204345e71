import Foundation
import SoLieu

/// Exit statuses (RECORDS.md section 1).
enum Exit {
    static let ok: Int32 = 0
    static let someFailed: Int32 = 1
    static let usage: Int32 = 2
}

/// A usage error: printed with the subcommand's help hint, exit status 2.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

enum CLI {
    static let version = "0.1.0"

    static let help = """
    solieu \(version): figures and indicator records from Vietnamese news text.

    USAGE: solieu <command> [options]

    COMMANDS:
      extract [PATH ...]     extract mentions and indicator records (RECORDS.md)
      tokenize [FILE|-]      show sentences and tokens with code point offsets
      verify [DIR]           compare extraction with the golden files of a corpus
      bench [PATH ...]       measure throughput and peak memory (release build)

    Run `solieu <command> --help` for a command's options.
    OPTIONS:
      --version              print the version
      -h, --help             print this help
    """

    static func run(_ args: [String]) -> Int32 {
        guard let first = args.first else {
            // No command is a usage error: the help goes to stderr, stdout stays empty.
            Console.err(help + "\n")
            return Exit.usage
        }
        let rest = Array(args.dropFirst())
        do {
            switch first {
            case "-h", "--help", "help":
                Console.out(help + "\n")
                return Exit.ok
            case "--version", "version":
                Console.out("solieu \(version)\n")
                return Exit.ok
            case "tokenize": return try TokenizeCommand.run(rest)
            case "bench": return try BenchCommand.run(rest)
            case "extract": return try ExtractCommand.run(rest)
            case "verify": return try VerifyCommand.run(rest)
            default:
                throw UsageError(message: "unknown command '\(first)' (see `solieu --help`)")
            }
        } catch let error as UsageError {
            Console.err("solieu: \(error.message)\n")
            return Exit.usage
        } catch {
            Console.err("solieu: \(error)\n")
            return Exit.someFailed
        }
    }
}

/// Minimal option parsing: `--name value`, `--name=value`, flags, positionals.
struct Options {
    var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// - Parameters:
    ///   - valued: options that take a value (long names, or "-o").
    ///   - flags: options without a value.
    init(_ args: [String], valued: Set<String>, flags known: Set<String>) throws {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || a == "-" || !a.hasPrefix("-") { positionals.append(a); continue }
            if a == "--" { onlyPositionals = true; continue }
            var name = a
            var inline: String? = nil
            if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if valued.contains(name) {
                if let inline { values[name] = inline; continue }
                guard i < args.count else { throw UsageError(message: "\(name) needs a value") }
                values[name] = args[i]
                i += 1
            } else if known.contains(name) {
                flags.insert(name)
            } else {
                throw UsageError(message: "unknown option '\(a)'")
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// Buffered stdout / stderr through file descriptors (no Foundation streams).
enum Console {
    static func out(_ s: String) { write(1, Array(s.utf8)) }
    static func err(_ s: String) { write(2, Array(s.utf8)) }

    /// Writes all bytes; returns false when the reader has gone (EPIPE).
    @discardableResult
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}
