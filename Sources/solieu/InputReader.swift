import Foundation
import SoLieu

/// Problems reading an input; each names the path.
enum InputError: Error, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, String)
    case isDirectory(String)
    case symlinkLoop(String)

    var description: String {
        switch self {
        case let .notFound(p): return "\(p): no such file or directory"
        case let .unreadable(p, why): return "\(p): cannot read (\(why))"
        case let .isDirectory(p): return "\(p): is a directory"
        case let .symlinkLoop(p): return "\(p): symbolic link loop, skipped"
        }
    }
}

enum InputReader {
    /// Whole file (or standard input for "-") as bytes.
    static func readAll(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError.notFound(path) }
        if isDir.boolValue { throw InputError.isDirectory(path) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw InputError.unreadable(path, (error as NSError).localizedDescription)
        }
    }

    /// Files named by the arguments: a file as itself, a folder as all its
    /// `*.txt` below it, sorted by path; symbolic link loops are reported.
    static func expand(_ paths: [String], errors: inout [InputError]) -> [String] {
        var out = [String]()
        for p in paths {
            if p == "-" { out.append(p); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                errors.append(.notFound(p)); out.append(p); continue
            }
            if !isDir.boolValue { out.append(p); continue }
            var found = [String]()
            var visited = Set<String>()
            walk(p, &found, &visited, &errors)
            out.append(contentsOf: found.sorted())
        }
        return out
    }

    private static func walk(_ dir: String, _ found: inout [String], _ visited: inout Set<String>, _ errors: inout [InputError]) {
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: dir)).map {
            $0.hasPrefix("/") ? $0 : (dir as NSString).deletingLastPathComponent + "/" + $0
        } ?? dir
        let canonical = URL(fileURLWithPath: real).resolvingSymlinksInPath().path
        if visited.contains(canonical) { errors.append(.symlinkLoop(dir)); return }
        visited.insert(canonical)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            errors.append(.unreadable(dir, "cannot list folder")); return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue { walk(path, &found, &visited, &errors) }
            else if name.hasSuffix(".txt") { found.append(path) }
        }
        visited.remove(canonical)
    }
}

extension InputReader {
    /// Like `expand`, but folders also contribute their `*.jsonl` files.
    static func expandBench(_ paths: [String], errors: inout [InputError]) -> [String] {
        var out = [String]()
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue,
               let e = FileManager.default.enumerator(atPath: p) {
                var found = [String]()
                for case let name as String in e where name.hasSuffix(".jsonl") || name.hasSuffix(".txt") {
                    found.append(p + "/" + name)
                }
                out.append(contentsOf: found.sorted())
            } else {
                out.append(contentsOf: expand([p], errors: &errors))
            }
        }
        return out
    }
}
