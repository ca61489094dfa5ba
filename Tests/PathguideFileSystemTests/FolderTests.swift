import Foundation
import PathguideFileSystem
import Testing

@Suite struct FolderTests {
    @Test func readsARegularFile() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.txt", "hello")
        let folder = try Folder.open(dir.path)
        #expect(try folder.read("a.txt") == Array("hello".utf8))
    }
}
