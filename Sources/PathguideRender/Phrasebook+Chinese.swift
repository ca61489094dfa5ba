import PathguideCore

extension Phrasebook {
    /// Chinese: positions come before the thing they place ("右下角的「我」"), full-width
    /// punctuation, no spaces between sentences.
    static let chinese = Phrasebook(
        languageTag: "zh-Hans",
        guideTitle: { spaced("如何联系", $0, "客服") },
        guideDescription: { spaced("一步步教你联系", $0, "客服：各个渠道在哪里、由谁回复、什么时间可以联系，以及解决不了时找谁。") },
        guideIntro: { spaced("本指南介绍如何联系", $0, "客服：在哪里点击、由谁回复、什么时间可以联系，以及解决不了时还能找谁。") },
        sheetTitle: { spaced($0, "客服") },
        sheetDescription: { spaced("一页纸求助卡：如何联系", $0, "客服。") },
        date: { "\($0.year)年\($0.month)月\($0.day)日" },
        verifiedOn: { "最后核实于\($0)。" },
        verificationMissing: "本指南没有记录最后核实的日期。",
        appVersion: { "核实时的 App 版本：\($0)。" },

        quickestTitle: "最快找到人工客服的方法",
        channelsTitle: "所有客服渠道",
        routeTitle: "怎么进入",
        escalationsTitle: "如果这里解决不了",
        scenariosTitle: "遇到什么问题找谁",
        troubleshootingTitle: "疑难解答",
        tipsTitle: "小贴士",
        sourcesTitle: "资料来源",
        sheetQuickestTitle: { "最快找到人工：\($0)" },
        sheetBotsTitle: "如果是机器人回复",
        handOver: { "\($0) → \($1)" },
        sheetContactsTitle: "电话和邮箱",

        labelSeparator: "：",
        sentenceSeparator: "",
        fullStop: "。",
        sentence: { text in
            guard let last = text.last, !"。！？.!?".contains(last) else { return text }
            return text + "。"
        },
        list: { items, conjunction in
            guard items.count > 1 else { return items.first ?? "" }
            return spaced(items.dropLast().joined(separator: "、"), conjunction == .and ? "和" : "或", items[items.count - 1])
        },

        quickestIntro: { channel, surface in
            surface.map { spaced("最快找到人工的方式，是从", $0, "进入", channel, "。") } ?? spaced("最快找到人工的方式是", channel, "。")
        },
        nobodyReachable: "本指南中没有通往人工客服的已知路线。",

        who: { op, staffing in
            let runBy = switch op {
            case .merchant: "商家"
            case .platform: "平台"
            case .thirdParty: "第三方"
            }
            return "由\(runBy)提供，\(chineseAnswers(staffing))。"
        },
        answers: chineseAnswers,
        hoursLabel: "服务时间",
        queueLabel: "排队情况",
        prerequisitesLabel: "前提条件",
        regionsLabel: "适用地区",
        addressLabel: "网址",
        contactLabel: { kind in
            switch kind {
            case .phone: "电话"
            case .email: "邮箱"
            case .url: "网址"
            case .wechat: "微信"
            case .weibo: "微博"
            case .other: "其他"
            }
        },
        prerequisite: { kind in
            switch kind {
            case .order: "有订单"
            case .merchantContact: "先联系过商家"
            case .login: "已登录"
            case .refundRequest: "已提交退款申请"
            case .refusedRefund: "退款已被商家拒绝"
            case .other: "其他条件（见说明）"
            }
        },
        noRoute: "本指南还没有记录怎样进入这里。",
        anotherWay: "另一种方式：",

        alwaysOpen: "全天24小时",
        hoursUnknown: "未公布服务时间",
        weekday: { day in
            switch day {
            case .mon: "周一"
            case .tue: "周二"
            case .wed: "周三"
            case .thu: "周四"
            case .fri: "周五"
            case .sat: "周六"
            case .sun: "周日"
            }
        },
        everyDay: "每天",
        dayRange: { "\($0)至\($1)" },
        dayList: { $0.joined(separator: "、") },
        slot: { days, opens, closes in "\(days) \(opens)–\(closes)" },
        slotSeparator: "；",
        inTimeZone: { "\($0)（\($1)）" },
        allDay: { "\($0)全天" },
        across: { fromDay, fromTime, toDay, toTime in "\(fromDay) \(fromTime) 至\(toDay) \(toTime)" },
        allWeek: "全周全天",

        moment: { weekday, date, time, zone in "\(date)（\(weekday)）\(time)（\(zone)）" },
        openAt: { "\($0)正在服务。" },
        closedAt: { moment, next in next.map { "\(moment)不在服务时间，下次开始服务：\($0)。" } ?? "\(moment)不在服务时间。" },
        nobodyOpenAt: { "\($0)没有已知正在服务的人工渠道。" },
        nextToOpen: { channel, moment in spaced("最先开始服务的是", channel, "，时间：\(moment)。") },
        hoursUnknownFor: { spaced("未公布服务时间：", $0.joined(separator: "、"), "。") },
        outsideTheseHoursLabel: "服务时间以外",
        noneOpenOutside: "此时没有其他已知在服务的人工渠道。",
        openThen: { channel, hours in spaced("其间部分时间可以找", channel, "，服务时间：\(hours)。") },
        opensAgain: { "下次开始服务：\($0)。" },
        dayAt: { days, time in "\(days) \(time)" },

        quotedLabel: { label, gloss in
            gloss.map { "「\(label)」（“\($0)”）" } ?? "「\(label)」"
        },
        step: { verb, object, position in
            let place = chinesePlace(position)
            // "右下角的「我」": the position modifies the thing; "在聊天输入框中输入": where it happens.
            let of = place.map { $0 + "的" } ?? ""
            let at = place.map { "在" + $0 } ?? ""
            let varies = position == .varies ? "（位置不固定）" : ""
            switch (verb, object) {
            case (.tap, .label(let x)), (.tap, .input(let x)): return "点击\(of)\(x)\(varies)。"
            case (.tap, .target(let x)): return spaced("点击\(of)", x, "入口\(varies)。")
            // 点击 is said of a mouse as of a finger; the link is 链接 rather than 入口.
            case (.click, .label(let x)), (.click, .input(let x)): return "点击\(of)\(x)\(varies)。"
            case (.click, .target(let x)): return spaced("点击\(of)", x, "链接\(varies)。")
            case (.search, .label(let x)), (.search, .input(let x)), (.search, .target(let x)):
                return spaced("\(chineseSearchBox(position))搜索", x, "\(varies)。")
            case (.type, .label(let x)), (.type, .input(let x)): return spaced("\(at)输入", x, "\(varies)。")
            case (.type, .target): return "\(at)输入你的问题\(varies)。"
            case (.choose, .label(let x)), (.choose, .input(let x)), (.choose, .target(let x)): return spaced("选择\(of)", x, "\(varies)。")
            case (.scroll, .label(let x)), (.scroll, .input(let x)): return spaced("滑动到\(of)", x, "\(varies)。")
            case (.scroll, .target(let x)): return spaced("滑动找到", x, "\(varies)。")
            case (.open, .label(let x)), (.open, .input(let x)), (.open, .target(let x)): return spaced("进入\(of)", x, "\(varies)。")
            case (.call, .label(let x)), (.call, .input(let x)): return spaced("拨打\(of)", x, "\(varies)。")
            case (.call, .target): return "拨打页面上显示的电话\(varies)。"
            case (.email, .label(let x)), (.email, .input(let x)): return spaced("发邮件到\(of)", x, "\(varies)。")
            case (.email, .target): return "发邮件到页面上显示的邮箱\(varies)。"
            case (.ask, .label(let x)): return spaced("\(at)询问", x, "\(varies)。")
            // What to ask comes in many shapes ("你对这件商品的疑问", "要求平台客服主动介入").
            case (.ask, .input(let x)): return spaced("\(at)用自己的话提出：", x, "\(varies)。")
            case (.ask, .target): return "\(at)提出你的问题\(varies)。"
            case (.wait, .label(let x)), (.wait, .input(let x)): return spaced("等待\(of)", x, "出现\(varies)。")
            case (.wait, .target): return "等待转接\(varies)。"
            }
        },
        conditional: { condition, step in
            var condition = Substring(condition)
            while let last = condition.last, " ,.;:，。；：".contains(last) { condition.removeLast() }
            return "\(condition)，\(step)"
        },
        glossedName: { "\($0)（\($1)）" },
        start: { kind, name in
            switch kind {
            case .phone: spaced("拨打", name, "。")
            case .email: spaced("给", name, "发邮件。")
            case .mobileApp, .website, .wechatOfficialAccount, .miniProgram, .socialMedia: spaced("打开", name, "。")
            }
        },
        onlyIn: { spaced("仅限", $0, "。") },

        mapTitle: { "\($0)客服路径图" },
        mapDescription: { channel in
            let quickest = channel.map { "最快找到人工的路线（通往\($0)）用粗线标出。" } ?? ""
            return "图中画出每个入口和页面通往哪些客服渠道，以及各渠道由人工、机器人还是自助服务回复。" + quickest + "编号步骤用文字说明同样的路线。"
        },

        whereToGo: "找谁",
        whereToGoInOrder: "按顺序找：",
        howToGetTo: { spaced("怎么进入", $0, "：") },
        prepareLabel: "提前准备：",
        ifItFailsLabel: "如果还是解决不了",
        ifStillStuck: { channels in
            guard channels.count > 1 else { return spaced("如果还是不行，可以求助", channels.first ?? "", "。") }
            return spaced("如果还是不行，可以求助", channels.dropLast().joined(separator: "、"), "或", channels[channels.count - 1], "。")
        },
        source: { title, file in
            switch (title, file) {
            case let (title?, file?): "\(title)（文件：\(file)）"
            case let (title?, nil): title
            case let (nil, file?): "文件：\(file)"
            case (nil, nil): ""
            }
        }
    )

    private static func chineseAnswers(_ staffing: Staffing) -> String {
        switch staffing {
        case .people: "人工回复"
        case .bot: "机器人自动回复"
        case .mixed: "先由机器人回复，再转人工"
        case .selfService: "自助服务，无人实时回复"
        case .unknown: "不清楚由谁回复"
        }
    }

    /// The parts joined, with a space wherever Latin letters or digits meet Han characters
    /// ("打开 Amazon App。"), as Chinese typesetting does. Only joins are touched: text inside
    /// a part stays as the author wrote it.
    static func spaced(_ parts: String...) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if let last = out.unicodeScalars.last, let first = part.unicodeScalars.first,
               (isLatin(last) && isHan(first)) || (isHan(last) && isLatin(first)) {
                out += " "
            }
            out += part
        }
        return out
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }

    /// Where on the screen, as a noun phrase ("右上角", "底部导航栏中"); `nil` when the place is
    /// not fixed or not given.
    private static func chinesePlace(_ position: ScreenPosition?) -> String? {
        guard let position else { return nil }
        return switch position {
        case .top: "顶部"
        case .topLeft: "左上角"
        case .topRight: "右上角"
        case .bottom: "底部"
        case .bottomLeft: "左下角"
        case .bottomRight: "右下角"
        case .left: "左侧"
        case .right: "右侧"
        case .center: "屏幕中间"
        case .side: "屏幕侧边"
        case .bottomBar: "底部导航栏中"
        case .item: "对应条目旁"
        case .chatInput: "聊天输入框中"
        case .varies: nil
        }
    }

    /// "在右上角的搜索框中": a search happens in a search box, placed where the guide says.
    private static func chineseSearchBox(_ position: ScreenPosition?) -> String {
        switch position {
        case nil, .varies?: ""
        case .item?, .chatInput?: "在" + (chinesePlace(position) ?? "")
        default: "在" + (chinesePlace(position) ?? "") + "的搜索框中"
        }
    }
}
