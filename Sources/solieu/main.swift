import Foundation
import SoLieu

// Die quietly on a closed pipe (`solieu extract ... | head -1`), even when the
// parent process ignores SIGPIPE (an ignored disposition survives exec).
signal(SIGPIPE, SIG_DFL)
let code = CLI.run(Array(CommandLine.arguments.dropFirst()))
exit(code)
