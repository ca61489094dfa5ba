/// The few lines of script a preview adds to every HTML page it serves (never to the files on
/// disk): they wait for the next build by long polling, reload the page after a good build,
/// and after a failed one show the errors over the page, as text.
///
/// Long polling rather than server-sent events: each wait is one ordinary request that ends,
/// so no response stays open when the server stops, and any HTTP client can follow it.
public enum LiveReload {
    /// Where a page asks for the state of the last build, at once.
    public static let statusPath = "/__pathguide/status"
    /// Where a page waits for the build after `since`: answered as soon as one finishes, else
    /// with the current state after `waitSeconds`.
    public static let eventsPath = "/__pathguide/events"
    public static let waitSeconds = 10

    /// `html` with the script before its last `</body>` (at the end when there is none).
    public static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let script = Array(tag(generation: generation).utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<"), html[index..<index + closing.count].elementsEqual(closing, by: { lowercased($0) == $1 }) {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The script, for a page served after build `generation`.
    static func tag(generation: Int) -> String {
        """
        <script id="pathguide-live-reload">
        (() => {
          let seen = \(generation);
          const show = (status) => {
            document.getElementById("pathguide-errors")?.remove();
            if (!status.errors.length) return;
            const box = document.createElement("div");
            box.id = "pathguide-errors";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1em;background:#fff0f0;color:#600;border-bottom:3px solid #c00;font:14px/1.4 monospace;white-space:pre-wrap";
            const head = document.createElement("strong");
            head.textContent = "pathguide: the guides have errors; this page is the last good build\\n";
            box.append(head);
            for (const e of status.errors) box.append(`${e.line ? `${e.file}:${e.line}:${e.column}: ` : ""}${e.message}\\n`);
            document.body.append(box);
          };
          const wait = async () => {
            for (;;) {
              try {
                const status = await (await fetch(`\(eventsPath)?since=${seen}`, {cache: "no-store"})).json();
                if (status.generation !== seen) {
                  seen = status.generation;
                  if (!status.errors.length) { location.reload(); return; }
                  show(status);
                }
              } catch { await new Promise((r) => setTimeout(r, 1000)); }
            }
          };
          fetch("\(statusPath)", {cache: "no-store"}).then((r) => r.json()).then(show).catch(() => {}).finally(wait);
        })();
        </script>

        """
    }
}
