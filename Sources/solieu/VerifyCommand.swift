import Foundation
import SoLieu

enum VerifyCommand {
    static func run(_ args: [String]) throws -> Int32 {
        throw UsageError(message: "verify: not implemented yet")
    }
}
