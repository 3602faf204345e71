import Foundation
import SoLieu

/// Where results go: standard output, one file, or a folder. Every file is
/// written to a temporary name in its folder and renamed when complete, so
/// an interrupted run never leaves a half-written output.
final class Sink {
    let s: ExtractCommand.Settings
    let inputs: Int
    enum Target { case stdout, file(AtomicFile), folder(String, dataset: AtomicFile, csv: AtomicFile) }
    var target: Target
    var count = 0
    var usedNames = Set<String>()
    var buffer = [UInt8]()
    /// Outputs that could not be written (counted into the exit status).
    var failures = 0
    /// The first error writing standard output (other than a closed pipe).
    var stdoutError: String?

    init(settings: ExtractCommand.Settings, inputs: Int) throws {
        s = settings
        self.inputs = inputs
        if let out = settings.output {
            var isDir: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isDir)
            if out.hasSuffix("/") || (exists && isDir.boolValue) {
                if !exists { try Sink.makeDirectories(out) }
                let dir = out.hasSuffix("/") ? String(out.dropLast()) : out
                let dataset = try AtomicFile(dir + "/dataset.jsonl")
                let csv: AtomicFile
                do { csv = try AtomicFile(dir + "/indicators.csv") } catch { dataset.abort(); throw error }
                target = .folder(dir, dataset: dataset, csv: csv)
            } else {
                target = .file(try AtomicFile(out))
            }
        } else {
            target = .stdout
        }
        if case let .folder(_, _, csv) = target { try csv.write(Array(IndicatorCSV.header.utf8)) }
        if s.format == "csv" { emit(Array(IndicatorCSV.header.utf8)) }
        if s.format == "json" && manyDocuments { emit(Array("[".utf8)) }
    }

    /// A JSON array for several documents, a single object for one text input.
    var manyDocuments: Bool { s.inputJSONL || inputs != 1 }

    func emit(_ bytes: [UInt8]) {
        switch target {
        case .stdout:
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flushStdout() }
        case let .file(f):
            try? f.write(bytes)
        case .folder:
            break
        }
    }

    func flushStdout() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard stdoutError == nil else { return }
        if !Console.write(1, buffer) {
            // The reader has gone (`| head`): stop quietly, as SIGPIPE would.
            if errno == EPIPE { _exit(128 + SIGPIPE) }
            stdoutError = String(cString: strerror(errno))
        }
    }

    /// `mkdir -p` with the system's reason on failure ("Not a directory").
    static func makeDirectories(_ path: String) throws {
        var partial = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += (partial.isEmpty || partial.hasSuffix("/") ? "" : "/") + part
            if mkdir(partial, 0o755) != 0 && errno != EEXIST {
                throw OutputError.cannotCreate(path, String(cString: strerror(errno)))
            }
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw OutputError.cannotCreate(path, "Not a directory")
        }
    }

    func add(_ d: Done) {
        defer { count += 1 }
        guard let json = d.json else { return }
        switch target {
        case let .folder(dir, dataset, csv):
            var line = [UInt8]()
            json.write(into: &line, indent: nil, level: 0, sortKeys: false)
            line.append(10)
            try? dataset.write(line)   // a failed write is reported by finish()
            try? csv.write(Array(d.csv.utf8))
            if d.error == nil, let name = d.outputName {
                let file = dir + "/" + uniqueName(for: name)
                do {
                    let f = try AtomicFile(file)
                    try f.write(Array((json.pretty() + "\n").utf8))
                    try f.commit()
                } catch {
                    Console.err("solieu: \(error)\n")
                    failures += 1
                }
            }
            return
        default:
            break
        }
        switch s.format {
        case "json":
            var out = [UInt8]()
            if manyDocuments { out.append(contentsOf: Array((count == 0 ? "\n" : ",\n").utf8)) }
            json.write(into: &out, indent: 2, level: manyDocuments ? 0 : 0, sortKeys: false)
            if !manyDocuments { out.append(10) }
            emit(out)
        case "jsonl":
            var out = [UInt8]()
            json.write(into: &out, indent: nil, level: 0, sortKeys: false)
            out.append(10)
            emit(out)
            if case .stdout = target, s.inputJSONL { flushStdout() } // a line filter flushes as it goes
        default:
            emit(Array(d.csv.utf8))
        }
    }

    /// "<input-name>.json", disambiguated when two inputs share a name.
    func uniqueName(for path: String) -> String {
        var base = (path as NSString).lastPathComponent
        if path == "-" { base = "stdin" }
        if base.hasSuffix(".txt") { base = String(base.dropLast(4)) }
        var name = base + ".json"
        var k = 2
        while usedNames.contains(name) { name = "\(base)-\(k).json"; k += 1 }
        usedNames.insert(name)
        return name
    }

    func finish() throws {
        if s.format == "json" && manyDocuments { emit(Array((count == 0 ? "]\n" : "\n]\n").utf8)) }
        switch target {
        case .stdout:
            flushStdout()
            if let why = stdoutError { throw OutputError.cannotWrite("standard output", why) }
        case let .file(f): try f.commit()
        case let .folder(_, dataset, csv):
            var first: Error?
            do { try dataset.commit() } catch { first = error }
            do { try csv.commit() } catch { first = first ?? error }
            if let first { throw first }
        }
    }
}

enum OutputError: Error, CustomStringConvertible {
    case cannotCreate(String, String)
    case cannotWrite(String, String)
    var description: String {
        switch self {
        case let .cannotCreate(p, why): return "\(p): cannot create (\(why))"
        case let .cannotWrite(p, why): return "\(p): cannot write (\(why))"
        }
    }
}

/// A file written under a temporary name in the same folder, renamed into
/// place by `commit()`. Temporary files are removed on SIGINT / SIGTERM.
final class AtomicFile {
    let path: String
    let tmp: String
    let fd: Int32
    /// Set by the first failed write; later writes are dropped and `commit()`
    /// throws it (the descriptor is closed, so it must not be written again).
    var failure: OutputError?

    init(_ path: String) throws {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        tmp = (dir.isEmpty ? "" : dir + "/") + ".\(name).tmp-\(getpid())"
        fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw OutputError.cannotCreate(path, String(cString: strerror(errno))) }
        TempFiles.add(tmp)
    }

    func write(_ bytes: [UInt8]) throws {
        if let failure { throw failure }
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, bytes.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                let why = String(cString: strerror(errno))
                abort()
                failure = OutputError.cannotWrite(path, why)
                throw failure!
            }
            off += n
        }
    }

    func commit() throws {
        if let failure { throw failure }
        if fsync(fd) != 0 && errno != EINVAL {
            let why = String(cString: strerror(errno))
            abort()
            failure = OutputError.cannotWrite(path, why)
            throw failure!
        }
        close(fd)
        if rename(tmp, path) != 0 {
            let why = String(cString: strerror(errno))
            unlink(tmp)
            TempFiles.remove(tmp)
            throw OutputError.cannotWrite(path, why)
        }
        TempFiles.remove(tmp)
    }

    func abort() {
        close(fd)
        unlink(tmp)
        TempFiles.remove(tmp)
    }
}

/// Temporary files to delete if the run is interrupted.
enum TempFiles {
    nonisolated(unsafe) static var paths: [UnsafeMutablePointer<CChar>] = []
    static let lock = NSLock()
    nonisolated(unsafe) static var installed = false

    static func add(_ p: String) {
        lock.lock(); defer { lock.unlock() }
        paths.append(strdup(p))
        if !installed {
            installed = true
            signal(SIGINT, onSignal)
            signal(SIGTERM, onSignal)
        }
    }

    static func remove(_ p: String) {
        lock.lock(); defer { lock.unlock() }
        if let i = paths.firstIndex(where: { String(cString: $0) == p }) { free(paths[i]); paths.remove(at: i) }
    }
}

private func onSignal(_ sig: Int32) {
    for p in TempFiles.paths { unlink(p) }
    _exit(128 + sig)
}

/// Reads a stream line by line in 1 MiB chunks (lines of any length).
struct LineReader {
    let handle: FileHandle
    init(_ h: FileHandle) { handle = h }

    func forEach(_ body: (Data) -> Void) {
        var pending = Data()
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 10) {
                body(pending[start..<nl])
                start = nl + 1
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { body(pending) }
    }
}

/// A progress line on stderr for long runs on a terminal.
struct Progress {
    let enabled: Bool
    var documents = 0
    var bytes = 0
    let start = ContinuousClock.now
    var lastPrint = ContinuousClock.now
    var printed = false

    init(enabled: Bool) { self.enabled = enabled }

    mutating func update(documents d: Int, bytes b: Int) {
        documents += d; bytes += b
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastPrint > .milliseconds(500) else { return }
        lastPrint = now
        let secs = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let mb = Double(bytes) / 1e6
        Console.err(String(format: "\rsolieu: %d documents, %.1f MB, %.1f MB/s   ", documents, mb, secs > 0 ? mb / secs : 0))
        printed = true
    }

    func finish() { if enabled && printed { Console.err("\n") } }
}
