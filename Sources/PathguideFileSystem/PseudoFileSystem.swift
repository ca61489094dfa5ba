#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernel's pseudo file systems: their "regular files" are live data (the environment of a
/// process, kernel settings), never a guide or a template, so they are refused by where they
/// live rather than by what `stat` says of them (a size of 0, a regular file). A file is on one
/// when its device is the device of one of their mount points.
enum PseudoFileSystem {
    private static let mountPoints = [
        "/proc", "/sys", "/sys/kernel/debug", "/sys/kernel/tracing", "/sys/kernel/security",
        "/sys/kernel/config", "/sys/fs/cgroup", "/sys/fs/bpf", "/sys/firmware/efi/efivars",
    ]

    private static let devices: Set<UInt64> = Set(mountPoints.compactMap { path in
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_dev) : nil
    })

    /// Whether a file `fstat` described lives on one of them.
    static func holds(_ info: stat) -> Bool {
        devices.contains(UInt64(info.st_dev))
    }
}
