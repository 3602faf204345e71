/// Elements of a `JSON.stream`, made on demand.
public final class JSONStream: @unchecked Sendable {
    public let count: Int
    public let element: (Int) -> JSON
    public init(count: Int, element: @escaping (Int) -> JSON) { self.count = count; self.element = element }
}

/// A small JSON value with ordered keys and exact decimal numbers, written
/// by hand: output must be byte-stable (goldens, `--jobs` invariance) and
/// numbers must never pick up binary floating-point noise.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number already in canonical JSON form (e.g. "0.48", "7500000000").
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array whose elements are made only when it is written, so a document
    /// with a million mentions is never held as one tree of JSON values.
    case stream(JSONStream)

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.stream(x), .stream(y)):
            return x.count == y.count && (0..<x.count).allSatisfy { x.element($0) == y.element($0) }
        default: return false
        }
    }

    public subscript(_ key: String) -> JSON? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// Compact JSON on one line.
    public func serialized() -> String {
        var out = [UInt8]()
        out.reserveCapacity(256)
        write(into: &out, indent: nil, level: 0, sortKeys: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// Pretty JSON (2-space indent), optionally with sorted keys (goldens).
    public func pretty(sortKeys: Bool = false) -> String {
        var out = [UInt8]()
        write(into: &out, indent: 2, level: 0, sortKeys: sortKeys)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(into out: inout [UInt8], indent: Int?, level: Int, sortKeys: Bool) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .int(i): out.append(contentsOf: String(i).utf8)
        case let .number(s): out.append(contentsOf: s.utf8)
        case let .string(s): JSON.writeString(s, into: &out)
        case let .stream(s):
            if s.count == 0 { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for i in 0..<s.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, indent, level + 1)
                s.element(i).write(into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            JSON.newline(&out, indent, level)
            out.append(UInt8(ascii: "]"))
        case let .array(items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, indent, level + 1)
                item.write(into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            JSON.newline(&out, indent, level)
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            let ordered = sortKeys ? pairs.sorted { $0.0 < $1.0 } : pairs
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in ordered.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, indent, level + 1)
                JSON.writeString(k, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                v.write(into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            JSON.newline(&out, indent, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    static func newline(_ out: inout [UInt8], _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
            case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
