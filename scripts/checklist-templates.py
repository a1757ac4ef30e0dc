import json
# (category, name, points or [(label,pts)...], unit, cadence, evidence, flags)
A = True
def it(cat, name, pts, unit, cadence, evidence, source=None, assumed=True, **kw):
    d = {"category": cat, "name": name}
    if isinstance(pts, list):
        d["grades"] = [{"label": l, "points": p} for l, p in pts]; d["points"] = None
    else:
        d["points"] = pts
    d["unit"] = unit; d["cadence"] = cadence; d["evidence"] = evidence
    if source: d["source"] = source
    d["assumed"] = assumed
    d.update(kw)
    return d

ORG = "《中国共产党农村基层组织工作条例》（中共中央，2019年）"
BRANCH = "《中国共产党支部工作条例（试行）》（中共中央，2018年）"
LAW = "《中华人民共和国村民委员会组织法》（2018年修正）"
WEIHAI = "威海 村书记积分表（山东威海，参考表）"
CJ = "昌江黎族自治县 4E+4N 应用系统（海南昌江）"
DAAN = "打安镇 村务公开要求（海南白沙）"

lists = {
 "party": ("党建引领清单", [
  it("组织生活", "组织召开“三会一课”", 2, "per-time", "monthly", "会议记录、签到表", BRANCH),
  it("组织生活", "组织主题党日活动", 2, "per-time", "monthly", "活动照片、签到表", BRANCH),
  it("党员管理", "党员发展与教育管理工作", 3, "per-time", "quarterly", "发展党员材料、学习记录", ORG),
  it("急难险重", "完成急难险重任务", [("质量好", 10), ("一般", 5)], "per-task", "per-time", "任务记录、照片", WEIHAI, False),
  it("评星定级", "党支部获评五星支部", 5, "per-year", "yearly", "上级评定文件", WEIHAI, False),
  it("组织生活", "召开支部委员会会议", 1, "per-time", "monthly", "会议记录", BRANCH),
  it("组织生活", "召开组织生活会和开展民主评议党员", 3, "per-time", "yearly", "会议记录、评议表", BRANCH),
  it("党员管理", "按时收缴党费并公示", 1, "per-month", "monthly", "党费收缴台账", BRANCH),
  it("党员管理", "走访联系流动党员和困难党员", 1, "per-time", "quarterly", "走访记录", ORG),
  it("学习教育", "组织党员集中学习", 1, "per-time", "weekly", "学习记录、签到表", ORG),
  it("学习教育", "党员远程教育终端播放学习", 1, "per-time", "monthly", "播放记录", ORG),
  it("阵地建设", "党群服务中心按时开放值班", 1, "per-time", "weekly", "值班登记", ORG),
  it("阵地建设", "更新党务公开栏", 1, "per-time", "quarterly", "公开栏照片", ORG),
  it("联系群众", "党员联系户走访", 1, "per-time", "monthly", "走访记录", ORG),
  it("联系群众", "党员承诺践诺公开", 2, "per-time", "yearly", "承诺书、公示照片", ORG),
  it("基层治理", "落实“四议两公开”决策程序", 2, "per-time", "per-time", "会议记录、公开照片", ORG),
  it("意识形态", "开展意识形态和宗教事务排查", 1, "per-time", "quarterly", "排查台账", ORG),
  it("党员管理", "党员责任区和党员先锋岗履职", 1, "per-time", "weekly", "履职记录", ORG),
 ]),
 "service": ("公共服务清单", [
  it("民生保障", "为村民代办低保申请", 5, "per-case", "per-time", "申请材料、代办登记", CJ, False),
  it("矛盾调解", "调解矛盾纠纷", 3, "per-case", "per-time", "调解记录", None),
  it("人居环境", "组织人居环境入户巡查", 2, "per-round", "monthly", "巡查记录", "人居环境入户巡查积分条例（示例）"),
  it("人居环境", "组织人居环境大扫除", 3, "per-time", "monthly", "活动照片", None),
  it("社会保障", "代办医保/养老保险缴费", 1, "per-household", "per-time", "缴费名单", None),
  it("安全宣传", "防溺水/防台风/森林防火宣传巡查", 2, "per-time", "weekly", "巡查照片、宣传记录", None),
  it("便民服务", "村委会便民服务窗口坐班", 1, "per-time", "weekly", "坐班登记", CJ),
  it("便民服务", "为群众代办事项办结", 1, "per-case", "per-time", "代办登记", CJ),
  it("民生保障", "走访慰问困难群众和留守老人儿童", 2, "per-time", "monthly", "走访记录、照片", None),
  it("民生保障", "落实防止返贫动态监测", 2, "per-time", "monthly", "监测台账", "海南省防止返贫动态监测工作要求（2023年）"),
  it("民生保障", "残疾人、特困人员补贴核查", 1, "per-time", "quarterly", "核查表", None),
  it("卫生健康", "协助组织村民健康体检", 2, "per-time", "yearly", "体检名单", None),
  it("卫生健康", "爱国卫生运动和病媒防治", 1, "per-time", "monthly", "活动照片", None),
  it("教育文化", "控辍保学入户劝返", 3, "per-case", "per-time", "劝返记录", None),
  it("教育文化", "组织村民文体活动", 2, "per-time", "quarterly", "活动照片", None),
  it("公共设施", "巡查村内道路、路灯和饮水设施", 1, "per-time", "weekly", "巡查记录", None),
  it("公共设施", "公共设施损坏报修跟进", 1, "per-case", "per-time", "报修记录", None),
  it("信访维稳", "接待来访群众并登记答复", 1, "per-case", "per-time", "来访登记", None),
  it("民生保障", "农村留守儿童和困境儿童关爱服务", 1, "per-time", "quarterly", "关爱记录", None),
 ]),
 "development": ("乡村发展清单", [
  it("集体经济", "村集体经济增收", [("显著", 10), ("一般", 5)], "per-year", "yearly", "财务报表", WEIHAI, False),
  it("示范创建", "获评示范点", [("区级", 5), ("市级", 10)], "per-time", "per-time", "上级评定文件", WEIHAI, False),
  it("技能培训", "组织农业技能培训", 3, "per-time", "quarterly", "培训签到、照片", None),
  it("项目建设", "申报争取项目资金到位", 5, "per-project", "per-time", "项目批复、到账凭证", "山竹沟村 道路硬化投入 200 多万元（报道）"),
  it("产业发展", "发展特色种养产业（胡椒、橡胶、芒果等）", 3, "per-project", "yearly", "产业台账", None),
  it("产业发展", "组织农民专业合作社运营", 2, "per-time", "quarterly", "合作社账目", None),
  it("产业发展", "帮助农产品销售对接", 2, "per-case", "per-time", "销售记录", None),
  it("就业增收", "组织劳动力外出务工和就近就业", 2, "per-time", "monthly", "就业台账", None),
  it("项目建设", "村级项目建设质量与进度监督", 2, "per-time", "monthly", "监督记录", None),
  it("集体经济", "集体资产资源台账更新", 2, "per-time", "quarterly", "资产台账", None),
  it("乡风文明", "开展文明户、美丽庭院评选", 2, "per-time", "yearly", "评选名单", None),
  it("乡村建设", "村庄规划和农房建设管理巡查", 1, "per-time", "monthly", "巡查记录", None),
  it("招商引资", "引进企业或能人返乡创业", 5, "per-case", "per-time", "协议、登记", None),
 ]),
 "duty": ("依法履职清单", [
  it("村务公开", "按时完成村务公开（每月10日前）", 2, "per-month", "monthly", "公开栏照片", DAAN, False),
  it("民主决策", "召集村民会议或村民代表会议", 2, "per-time", "quarterly", "会议记录、签到表", LAW + "第二十一、二十五条"),
  it("民主决策", "村民代表会议讨论决定涉及村民利益事项", 2, "per-time", "per-time", "会议决议", LAW + "第二十四条"),
  it("村务公开", "财务收支公开", 2, "per-time", "quarterly", "公开栏照片", LAW + "第三十条"),
  it("民主监督", "向村民会议或村民代表会议报告工作", 2, "per-time", "yearly", "工作报告", LAW + "第二十三条"),
  it("民主监督", "村务监督委员会监督村务公开和财务", 2, "per-time", "monthly", "监督记录", LAW + "第三十二、三十三条", post="监委会"),
  it("民主监督", "村务监督委员会列席村两委会议", 1, "per-time", "monthly", "会议记录", LAW + "第三十二条", post="监委会"),
  it("民主监督", "组织民主评议村委会成员", 2, "per-time", "yearly", "评议表", LAW + "第三十三条", post="监委会"),
  it("民主监督", "监督村级工程项目和集体资产处置", 2, "per-time", "quarterly", "监督记录", LAW + "第三十二条", post="监委会"),
  it("集体资产", "管理村集体土地和财产", 2, "per-time", "quarterly", "台账", LAW + "第八条"),
  it("自治章程", "修订和执行村规民约", 2, "per-time", "yearly", "村规民约文本", LAW + "第二十七条"),
  it("档案管理", "村务档案整理归档", 1, "per-time", "quarterly", "档案目录", LAW + "第三十条"),
  it("人民调解", "人民调解委员会开展工作", 1, "per-time", "monthly", "调解台账", LAW + "第七条"),
  it("治安保卫", "治安保卫委员会开展巡逻", 1, "per-time", "weekly", "巡逻记录", LAW + "第七条"),
  it("公共卫生", "公共卫生委员会开展工作", 1, "per-time", "monthly", "工作记录", LAW + "第七条"),
  it("村民小组", "组织召开村民小组会议", 1, "per-time", "quarterly", "会议记录", LAW + "第二十八条"),
  it("选举", "配合做好村委会选举和补选", 3, "per-time", "per-time", "选举材料", LAW + "第三章"),
  it("值班", "村干部值班和周例会", 1, "per-time", "weekly", "值班表、例会记录", None),
 ]),
 "assist": ("依法协助清单", [
  it("兵役", "协助征兵工作", 2, "per-time", "yearly", "征兵登记", LAW + "第五条"),
  it("统计", "协助人口普查/统计调查", 2, "per-time", "per-time", "调查表", LAW + "第五条"),
  it("土地", "协助土地确权/宅基地管理", 2, "per-time", "per-time", "确权材料", LAW + "第五条"),
  it("考核", "逾期未完成上级交办事项", -3, "per-time", "per-time", "督办通知", None),
  it("社会保障", "协助城乡居民医保收缴", 2, "per-time", "yearly", "收缴名单", None),
  it("社会保障", "协助城乡居民养老保险收缴", 2, "per-time", "yearly", "收缴名单", None),
  it("安全", "协助防溺水巡查值守", 2, "per-time", "weekly", "巡查照片", "海南省防溺水工作要求（汛期、暑期）"),
  it("安全", "协助森林防火巡查", 2, "per-time", "weekly", "巡查记录", None),
  it("安全", "协助防汛防台风转移群众", 3, "per-time", "per-time", "转移名单", None),
  it("平安建设", "协助禁毒宣传和吸毒人员帮教", 2, "per-time", "monthly", "宣传照片、帮教记录", None),
  it("平安建设", "协助反电诈宣传和预警劝阻", 2, "per-time", "monthly", "宣传记录、劝阻登记", None),
  it("平安建设", "协助排查化解矛盾纠纷和安全隐患", 2, "per-time", "monthly", "排查台账", None),
  it("民政", "协助低保、特困、临时救助审核", 2, "per-time", "quarterly", "审核材料", None),
  it("计生卫健", "协助计划生育和疫苗接种服务", 1, "per-time", "quarterly", "服务记录", None),
  it("农业农村", "协助耕地保护和撂荒地整治", 2, "per-time", "quarterly", "巡查记录", None),
  it("农业农村", "协助动物防疫", 1, "per-time", "quarterly", "防疫台账", None),
  it("生态", "协助河长制巡河", 1, "per-time", "weekly", "巡河记录", None),
  it("自然资源", "协助制止违法占地和违建", 2, "per-case", "per-time", "巡查记录、报告", None),
  it("退役军人", "协助退役军人服务和优抚", 1, "per-time", "quarterly", "服务台账", None),
  it("综合", "按时上报上级交办报表", 1, "per-time", "monthly", "报表回执", None),
 ]),
}
tot = 0
for code, (name, items) in lists.items():
    tot += len(items)
    doc = {"code": code, "name": name,
           "sources": "来源：条目旁注明的文件；未注明来源且 assumed 为 true 的分值是按海南、昌江一带做法设定的假定值，村里须经村民代表大会或议事协商会调整通过后使用。",
           "items": items}
    json.dump(doc, open(f"resources/checklists/{code}.json", "w"), ensure_ascii=False, indent=1)
print(tot)
