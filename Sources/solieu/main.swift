import Foundation
import SoLieu

let code = CLI.run(Array(CommandLine.arguments.dropFirst()))
exit(code)
