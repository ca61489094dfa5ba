extension TagTokenizer {
    /// The tags whose handling the nesting gauge tells apart; every other name, custom
    /// elements included, is `.other`.
    enum Tag: UInt8 {
        case other = 0
        case html, head, body, base, basefont, bgsound, menuitem, link, meta, title, noframes, style, script, noscript, template, address, article, aside, blockquote, center, details, dir, div, dl, fieldset, figcaption, figure, footer, header, hgroup, menu, main, nav, ol, p, section, summary, ul, h1, h2, h3, h4, h5, h6, pre, listing, form, li, dd, dt, plaintext, button, a, b, big, code, em, font, i, nobr, s, small, strike, strong, tt, u, applet, marquee, object, table, area, br, embed, img, image, keygen, wbr, input, param, source, track, hr, isindex, textarea, xmp, iframe, noembed, select, option, optgroup, rb, rp, rt, rtc, math, svg, caption, col, colgroup, frame, tbody, td, tfoot, th, thead, tr, frameset, audio, video, ruby, span, sub, sup, `var`, foreignObject, desc, mi, mo, mn, ms, mtext, annotationXML
    }

    /// The tag for a lower-cased name of at most 8 bytes packed little-endian into an integer.
    static func tag(packed: UInt64) -> Tag {
        switch packed {
        case 0x6c6d7468: .html
        case 0x64616568: .head
        case 0x79646f62: .body
        case 0x65736162: .base
        case 0x746e6f6665736162: .basefont
        case 0x646e756f736762: .bgsound
        case 0x6d657469756e656d: .menuitem
        case 0x6b6e696c: .link
        case 0x6174656d: .meta
        case 0x656c746974: .title
        case 0x73656d6172666f6e: .noframes
        case 0x656c797473: .style
        case 0x747069726373: .script
        case 0x7470697263736f6e: .noscript
        case 0x6574616c706d6574: .template
        case 0x73736572646461: .address
        case 0x656c6369747261: .article
        case 0x6564697361: .aside
        case 0x7265746e6563: .center
        case 0x736c6961746564: .details
        case 0x726964: .dir
        case 0x766964: .div
        case 0x6c64: .dl
        case 0x746573646c656966: .fieldset
        case 0x657275676966: .figure
        case 0x7265746f6f66: .footer
        case 0x726564616568: .header
        case 0x70756f726768: .hgroup
        case 0x756e656d: .menu
        case 0x6e69616d: .main
        case 0x76616e: .nav
        case 0x6c6f: .ol
        case 0x70: .p
        case 0x6e6f6974636573: .section
        case 0x7972616d6d7573: .summary
        case 0x6c75: .ul
        case 0x3168: .h1
        case 0x3268: .h2
        case 0x3368: .h3
        case 0x3468: .h4
        case 0x3568: .h5
        case 0x3668: .h6
        case 0x657270: .pre
        case 0x676e697473696c: .listing
        case 0x6d726f66: .form
        case 0x696c: .li
        case 0x6464: .dd
        case 0x7464: .dt
        case 0x6e6f74747562: .button
        case 0x61: .a
        case 0x62: .b
        case 0x676962: .big
        case 0x65646f63: .code
        case 0x6d65: .em
        case 0x746e6f66: .font
        case 0x69: .i
        case 0x72626f6e: .nobr
        case 0x73: .s
        case 0x6c6c616d73: .small
        case 0x656b69727473: .strike
        case 0x676e6f727473: .strong
        case 0x7474: .tt
        case 0x75: .u
        case 0x74656c707061: .applet
        case 0x6565757172616d: .marquee
        case 0x7463656a626f: .object
        case 0x656c626174: .table
        case 0x61657261: .area
        case 0x7262: .br
        case 0x6465626d65: .embed
        case 0x676d69: .img
        case 0x6567616d69: .image
        case 0x6e656779656b: .keygen
        case 0x726277: .wbr
        case 0x7475706e69: .input
        case 0x6d61726170: .param
        case 0x656372756f73: .source
        case 0x6b63617274: .track
        case 0x7268: .hr
        case 0x7865646e697369: .isindex
        case 0x6165726174786574: .textarea
        case 0x706d78: .xmp
        case 0x656d61726669: .iframe
        case 0x6465626d656f6e: .noembed
        case 0x7463656c6573: .select
        case 0x6e6f6974706f: .option
        case 0x70756f726774706f: .optgroup
        case 0x6272: .rb
        case 0x7072: .rp
        case 0x7472: .rt
        case 0x637472: .rtc
        case 0x6874616d: .math
        case 0x677673: .svg
        case 0x6e6f6974706163: .caption
        case 0x6c6f63: .col
        case 0x70756f72676c6f63: .colgroup
        case 0x656d617266: .frame
        case 0x79646f6274: .tbody
        case 0x6474: .td
        case 0x746f6f6674: .tfoot
        case 0x6874: .th
        case 0x6461656874: .thead
        case 0x7274: .tr
        case 0x746573656d617266: .frameset
        case 0x6f69647561: .audio
        case 0x6f65646976: .video
        case 0x79627572: .ruby
        case 0x6e617073: .span
        case 0x627573: .sub
        case 0x707573: .sup
        case 0x726176: .`var`
        case 0x63736564: .desc
        case 0x696d: .mi
        case 0x6f6d: .mo
        case 0x6e6d: .mn
        case 0x736d: .ms
        case 0x747865746d: .mtext
        default: .other
        }
    }
}

extension TagTokenizer {
    /// The kinds of scope the tree builder asks an element to be in.
    enum Scope { case normal, listItem, button, table }
}

extension TagTokenizer.Tag {
    /// The elements the tree builder keeps in its list of active formatting elements.
    var isFormatting: Bool {
        switch self {
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u: true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// The standard's special category, which stops the search for an end tag's element.
    func isSpecial(foreign: Bool) -> Bool {
        if foreign { return self == .foreignObject || self == .desc }
        return switch self {
        case .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br, .button,
             .caption, .center, .col, .colgroup, .menuitem, .dd, .details, .dir, .div, .dl, .dt, .embed, .fieldset,
             .figcaption, .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header,
             .hgroup, .hr, .html, .iframe, .img, .input, .isindex, .li, .link, .listing, .marquee, .menu, .meta, .nav,
             .noembed, .noframes, .noscript, .object, .ol, .p, .param, .plaintext, .pre, .script, .section, .select,
             .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr, .ul,
             .wbr, .xmp:
            true
        default:
            false
        }
    }

    /// Whether an element of this tag ends the search for an element in `scope`.
    func bounds(_ scope: TagTokenizer.Scope, foreign: Bool) -> Bool {
        if foreign {
            guard scope != .table else { return false }
            return switch self {
            case .foreignObject, .desc, .title, .mi, .mo, .mn, .ms, .mtext, .annotationXML: true
            default: false
            }
        }
        switch self {
        case .html, .table, .template: return true
        case .applet, .caption, .td, .th, .marquee, .object: return scope != .table
        case .ol, .ul: return scope == .listItem
        case .button: return scope == .button
        default: return false
        }
    }
}
