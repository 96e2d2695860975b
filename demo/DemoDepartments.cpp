#include "DemoVocabulary.h"

#include <cstring>

namespace govcat::demo {

namespace {

// %1 is the city name. Parents precede their children (下设机构).
struct RawDepartment
{
    const char* name;
    const char* shortName;
    const char* parentShort; // nullptr for a top-level department
    char category;           // 机构类别码: '1' 机关, '2' 事业单位, '3' 群团
    int weight;
    const char* scenes;
};

constexpr RawDepartment kDepartments[] = {
    {"%1人民政府办公室", "市政府办", nullptr, '1', 1, "政务督查|政策发布|决策支持"},
    {"%1发展和改革委员会", "市发改委", nullptr, '1', 2, "项目审批|价格监测|信用监管|投资分析"},
    {"%1教育局", "市教育局", nullptr, '1', 3, "入学服务|学籍管理|教育资助|教育统计"},
    {"%1科学技术局", "市科技局", nullptr, '1', 1, "科技项目管理|高新技术企业认定|人才服务"},
    {"%1工业和信息化局", "市工信局", nullptr, '1', 2, "产业运行分析|企业服务|节能监察"},
    {"%1公安局", "市公安局", nullptr, '1', 5, "身份核验|户籍办理|治安管理|出入境服务"},
    {"%1民政局", "市民政局", nullptr, '1', 3, "社会救助|婚姻登记|养老服务|社会组织管理"},
    {"%1司法局", "市司法局", nullptr, '1', 2, "法律援助|行政执法监督|公共法律服务"},
    {"%1财政局", "市财政局", nullptr, '1', 2, "预算管理|国有资产管理|财政监督"},
    {"%1人力资源和社会保障局", "市人社局", nullptr, '1', 4, "社保经办|就业服务|劳动保障监察|人才服务"},
    {"%1自然资源和规划局", "市自然资源局", nullptr, '1', 3, "国土空间规划|用地审批|测绘服务|耕地保护"},
    {"%1生态环境局", "市生态环境局", nullptr, '1', 2, "环境质量监测|排污许可|环境执法"},
    {"%1住房和城乡建设局", "市住建局", nullptr, '1', 3, "工程建设审批|房屋交易|住房保障|建筑市场监管"},
    {"%1交通运输局", "市交通运输局", nullptr, '1', 2, "道路运输管理|交通规划|运输执法"},
    {"%1水利局", "市水利局", nullptr, '1', 2, "防汛抗旱|水资源管理|河湖长制"},
    {"%1农业农村局", "市农业农村局", nullptr, '1', 2, "惠农补贴发放|新型经营主体培育|农产品质量监管"},
    {"%1商务局", "市商务局", nullptr, '1', 2, "外贸运行监测|招商引资|市场运行监测"},
    {"%1文化广电旅游局", "市文广旅局", nullptr, '1', 2, "文旅市场监管|公共文化服务|旅游统计"},
    {"%1卫生健康委员会", "市卫健委", nullptr, '1', 4, "医疗服务监管|公共卫生|妇幼健康|家庭医生签约"},
    {"%1退役军人事务局", "市退役军人局", nullptr, '1', 1, "优抚安置|退役军人服务"},
    {"%1应急管理局", "市应急局", nullptr, '1', 2, "安全生产监管|应急救援|自然灾害防治"},
    {"%1审计局", "市审计局", nullptr, '1', 1, "审计监督|问题整改跟踪"},
    {"%1人民政府国有资产监督管理委员会", "市国资委", nullptr, '1', 1, "国有资产监管|企业经营业绩考核"},
    {"%1市场监督管理局", "市市场监管局", nullptr, '1', 5, "企业开办|市场准入|食品安全监管|信用监管"},
    {"%1体育局", "市体育局", nullptr, '1', 1, "全民健身|体育场馆管理"},
    {"%1统计局", "市统计局", nullptr, '1', 2, "统计分析|经济运行监测|决策支持"},
    {"%1医疗保障局", "市医保局", nullptr, '1', 3, "医保结算|医保基金监管|异地就医备案"},
    {"%1林业局", "市林业局", nullptr, '1', 1, "林地管理|森林防火|古树名木保护"},
    {"%1城市管理局", "市城管局", nullptr, '1', 1, "市容环境管理|市政设施管理|城市综合执法"},
    {"%1数据局", "市数据局", nullptr, '1', 3, "政务服务|一网通办|数据共享|电子证照应用"},
    {"%1信访局", "市信访局", nullptr, '1', 1, "信访事项办理|矛盾纠纷化解"},
    {"%1人民防空办公室", "市人防办", nullptr, '1', 1, "人防工程管理|防空警报管理"},
    {"%1机关事务管理局", "市机关事务局", nullptr, '1', 1, "公物仓管理|公务用车管理|办公用房管理"},
    {"%1地方金融管理局", "市金融局", nullptr, '1', 1, "地方金融监管|企业融资服务"},
    {"%1粮食和物资储备局", "市粮储局", nullptr, '1', 1, "粮食储备管理|应急物资保障"},
    {"%1民族宗教事务局", "市民宗局", nullptr, '1', 1, "民族事务管理|宗教活动场所管理"},
    {"%1外事办公室", "市外办", nullptr, '1', 1, "因公出国（境）管理|外事接待"},
    {"国家税务总局%1税务局", "市税务局", nullptr, '1', 3, "纳税服务|税收征管|纳税信用评价"},
    {"%1消防救援支队", "市消防支队", nullptr, '1', 1, "消防监督检查|火灾扑救"},
    {"%1气象局", "市气象局", nullptr, '1', 1, "气象预警|防灾减灾"},
    {"%1住房公积金管理中心", "市公积金中心", nullptr, '2', 2, "公积金缴存提取|个人住房贷款"},
    {"%1供销合作社联合社", "市供销社", nullptr, '2', 1, "农资供应|农村流通服务"},
    {"%1档案馆", "市档案馆", nullptr, '2', 1, "档案查阅|档案开放利用"},
    {"%1总工会", "市总工会", nullptr, '3', 1, "职工服务|困难职工帮扶"},
    {"共青团%1委员会", "团市委", nullptr, '3', 1, "青少年服务|志愿服务"},
    {"%1妇女联合会", "市妇联", nullptr, '3', 1, "妇女儿童权益保护|家庭服务"},
    {"%1残疾人联合会", "市残联", nullptr, '3', 1, "残疾人服务|康复救助"},
    {"%1科学技术协会", "市科协", nullptr, '3', 1, "科普服务|学会管理"},
    {"%1工商业联合会", "市工商联", nullptr, '3', 1, "民营企业服务|商会管理"},
    {"%1红十字会", "市红十字会", nullptr, '3', 1, "人道救助|无偿献血服务"},
    {"%1公安局交通警察支队", "市交警支队", "市公安局", '1', 3, "交通管理|事故处理|驾驶人管理"},
    {"%1不动产登记中心", "市不动产登记中心", "市自然资源局", '2', 3, "不动产登记|抵押登记|依申请查询"},
    {"%1社会保险事业管理中心", "市社保中心", "市人社局", '2', 3, "社保经办|待遇发放|资格认证"},
    {"%1就业创业服务中心", "市就业中心", "市人社局", '2', 1, "就业服务|创业扶持"},
    {"%1疾病预防控制中心", "市疾控中心", "市卫健委", '2', 2, "传染病防控|预防接种|健康监测"},
    {"%1公共资源交易中心", "市公共资源交易中心", "市数据局", '2', 2, "招标投标|政府采购|交易监管"},
    {"%1大数据中心", "市大数据中心", "市数据局", '2', 1, "数据共享|数据治理"},
    {"%1生态环境监测站", "市环境监测站", "市生态环境局", '2', 1, "环境质量监测|污染源监测"},
    {"%1市场监管综合行政执法支队", "市市场监管执法支队", "市市场监管局", '2', 1, "市场监管执法|投诉举报处理"},
    {"%1公路事业发展中心", "市公路中心", "市交通运输局", '2', 1, "公路养护|路况监测"},
    {"%1水文水资源监测中心", "市水文中心", "市水利局", '2', 1, "水文监测|防汛预警"},
    {"%1急救中心", "市急救中心", "市卫健委", '2', 1, "院前急救|急救资源调度"},
};

using F = FormatHint;
using C = UpdateCycle;
using S = Sensitivity;

struct RawTemplate
{
    const char* dept;  // short name
    const char* stem;  // "stem|variant|…": variants are prefixes, so is "" unless written "*stem"
    const char* items; // item set key
    const char* placement;
    F format;
    C cycle;
    S sensitivity;
};

constexpr RawTemplate kTemplates[] = {
    {"市政府办", "政府文件信息|规范性|行政", "policy_doc", "201", F::Document, C::RealTime, S::Open},
    {"市政府办", "政务督查事项信息|重点|民生", "supervision", "", F::Sheet, C::Monthly, S::Normal},
    {"市政府办", "政府信息公开申请办理信息", "service_case", "", F::Database, C::Monthly, S::Normal},
    {"市发改委", "固定资产投资项目审批信息|政府投资|企业投资", "construction", "209", F::Database, C::Daily,
     S::Open},
    {"市发改委", "重要商品价格监测信息|粮油|蔬菜|肉禽蛋", "statistics", "206", F::Sheet, C::Weekly, S::Open},
    {"市发改委", "*对象名单信息|守信激励|失信惩戒", "credit_list", "104", F::Database, C::Daily, S::Normal},
    {"市发改委", "重点项目建设进度信息|市级|省级", "construction", "", F::Sheet, C::Monthly, S::Normal},
    {"市发改委", "能源消费统计信息|规模以上企业", "statistics", "207", F::Sheet, C::Quarterly, S::Normal},
    {"市发改委", "企业投资项目核准信息", "license", "208", F::Database, C::Daily, S::Open},
    {"市教育局", "学校基本信息|中小学|职业", "school", "201", F::Database, C::Yearly, S::Open},
    {"市教育局", "幼儿园基本信息|公办|民办", "school", "201", F::Database, C::Yearly, S::Open},
    {"市教育局", "学生学籍信息|小学|初中|高中", "student", "", F::Database, C::Monthly, S::Personal},
    {"市教育局", "教师资格认定信息|中小学|幼儿园", "teacher", "", F::Database, C::Quarterly, S::Personal},
    {"市教育局", "学生资助信息|家庭经济困难", "assistance", "203", F::Sheet, C::HalfYearly, S::Personal},
    {"市教育局", "民办学校办学许可信息", "license", "", F::Database, C::Monthly, S::Open},
    {"市教育局", "教育事业统计信息|基础教育", "statistics", "", F::Sheet, C::Yearly, S::Open},
    {"市科技局", "高新技术企业认定信息|国家级|市级", "enterprise", "102", F::Sheet, C::Yearly, S::Open},
    {"市科技局", "科技计划项目信息|重点研发|科技成果转化", "project", "", F::Database, C::Quarterly,
     S::Normal},
    {"市科技局", "科技型中小企业评价信息", "enterprise", "", F::Sheet, C::Quarterly, S::Open},
    {"市工信局", "规模以上工业企业运行信息|重点", "statistics", "", F::Sheet, C::Monthly, S::Normal},
    {"市工信局", "工业企业节能监察信息|重点用能", "inspection", "207", F::Database, C::Quarterly, S::Normal},
    {"市工信局", "专精特新企业认定信息|省级|市级", "enterprise", "", F::Sheet, C::Yearly, S::Open},
    {"市公安局", "居民户籍信息|常住人口", "household", "101", F::Database, C::RealTime, S::Personal},
    {"市公安局", "*信息|居民身份证|居民身份证申领|居民身份证挂失", "person", "101", F::Database, C::Daily,
     S::Personal},
    {"市公安局", "居住证信息|流动人口", "residence", "210", F::Database, C::Daily, S::Personal},
    {"市公安局", "出入境证件办理信息|普通护照|往来港澳通行证", "person", "", F::Database, C::Daily,
     S::Restricted},
    {"市公安局", "旅馆业治安管理信息", "license", "", F::Database, C::Daily, S::Restricted},
    {"市公安局", "*登记信息|户口迁移|户口迁入|户口迁出", "household", "101", F::Database, C::Daily,
     S::Personal},
    {"市公安局", "死亡人口注销信息", "person", "101", F::Database, C::Daily, S::Personal},
    {"市公安局", "保安服务公司许可信息", "license", "", F::Database, C::Monthly, S::Normal},
    {"市民政局", "最低生活保障信息|城市|农村", "assistance", "203", F::Database, C::Monthly, S::Personal},
    {"市民政局", "特困人员救助供养信息|城市|农村", "assistance", "203", F::Database, C::Monthly, S::Personal},
    {"市民政局", "婚姻登记信息|内地居民|涉外", "marriage", "101", F::Database, C::Daily, S::Personal},
    {"市民政局", "*登记信息|社会组织|社会团体|民办非企业单位|基金会", "social_org", "102", F::Database,
     C::Daily, S::Open},
    {"市民政局", "养老机构备案信息|公办|民办", "elderly_care", "201", F::Sheet, C::Monthly, S::Open},
    {"市民政局", "临时救助信息", "assistance", "", F::Sheet, C::Monthly, S::Personal},
    {"市民政局", "高龄津贴发放信息", "farm_subsidy", "203", F::Sheet, C::Monthly, S::Personal},
    {"市司法局", "法律援助案件信息|民事|刑事", "legal_aid", "201", F::Database, C::Monthly, S::Personal},
    {"市司法局", "律师执业信息|专职|兼职", "practitioner", "", F::Database, C::Monthly, S::Open},
    {"市司法局", "人民调解案件信息|医疗纠纷|婚姻家庭纠纷", "legal_aid", "212", F::Sheet, C::Monthly,
     S::Personal},
    {"市司法局", "行政规范性文件备案审查信息", "policy_doc", "", F::Document, C::Monthly, S::Open},
    {"市财政局", "部门预算执行信息|一般公共预算|政府性基金预算", "budget", "", F::Sheet, C::Monthly,
     S::Normal},
    {"市财政局", "行政事业单位国有资产信息", "asset", "", F::Database, C::Quarterly, S::Normal},
    {"市财政局", "政府采购合同信息|货物|工程|服务", "trading", "", F::Database, C::Daily, S::Open},
    {"市财政局", "财政惠民补贴资金发放信息", "farm_subsidy", "203", F::Database, C::Monthly, S::Personal},
    {"市人社局", "社保参保信息|企业职工|机关事业单位|城乡居民", "social_insurance", "203", F::Database,
     C::RealTime, S::Personal},
    {"市人社局", "就业失业登记信息", "employment", "203", F::Database, C::Daily, S::Personal},
    {"市人社局", "劳动人事争议仲裁案件信息", "labor", "", F::Database, C::Monthly, S::Personal},
    {"市人社局", "职业技能等级认定信息", "skill_cert", "", F::Database, C::Monthly, S::Personal},
    {"市人社局", "人力资源服务机构许可信息", "license", "102", F::Sheet, C::Monthly, S::Open},
    {"市人社局", "劳动保障监察信息|工资支付", "inspection", "", F::Database, C::Monthly, S::Normal},
    {"市自然资源局", "国有建设用地供应信息|出让|划拨", "land", "103", F::Database, C::Monthly, S::Normal},
    {"市自然资源局", "*规划许可信息|建设工程|建设用地|乡村建设", "planning", "209", F::Database, C::Daily,
     S::Open},
    {"市自然资源局", "基础测绘成果信息|1:500|1:2000|1:10000", "survey_map", "103", F::Image, C::Yearly,
     S::Restricted},
    {"市自然资源局", "永久基本农田信息", "land", "103", F::Image, C::Yearly, S::Normal},
    {"市自然资源局", "*规划成果信息|国土空间总体|控制性详细|专项", "planning", "103", F::Image, C::Other,
     S::Normal},
    {"市自然资源局", "*登记信息|矿业权|采矿权|探矿权", "license", "", F::Database, C::Monthly, S::Open},
    {"市生态环境局", "环境空气质量监测信息|国控点|省控点", "air", "211", F::Api, C::RealTime, S::Open},
    {"市生态环境局", "地表水水质监测信息|国控断面|市控断面", "water_quality", "211", F::Database, C::Monthly,
     S::Open},
    {"市生态环境局", "排污许可信息|重点管理|简化管理", "pollution_permit", "211", F::Database, C::Daily,
     S::Open},
    {"市生态环境局", "环境行政处罚信息", "penalty", "104", F::Database, C::Daily, S::Open},
    {"市生态环境局", "建设项目环境影响评价审批信息", "license", "", F::Database, C::Daily, S::Open},
    {"市住建局", "*工程施工许可信息|建筑|房屋建筑|市政基础设施", "construction", "209", F::Database, C::Daily,
     S::Open},
    {"市住建局", "商品房预售许可信息|住宅|商业", "license", "209", F::Database, C::Daily, S::Open},
    {"市住建局", "*房屋买卖合同备案信息|新建商品|存量", "housing", "", F::Database, C::RealTime, S::Personal},
    {"市住建局", "公共租赁住房保障信息", "assistance", "203", F::Database, C::Monthly, S::Personal},
    {"市住建局", "建筑业企业资质信息|施工总承包|专业承包", "license", "102", F::Database, C::Monthly,
     S::Open},
    {"市住建局", "城镇老旧小区改造项目信息", "construction", "210", F::Sheet, C::Quarterly, S::Open},
    {"市交通运输局", "道路运输经营许可信息|客运|货运|危险货物运输", "transport_license", "", F::Database,
     C::Daily, S::Open},
    {"市交通运输局", "营运车辆道路运输证信息", "transport_license", "", F::Database, C::Daily, S::Normal},
    {"市交通运输局", "网络预约出租汽车驾驶员证信息", "driver", "", F::Database, C::Daily, S::Personal},
    {"市交通运输局", "交通运输行政处罚信息", "penalty", "104", F::Database, C::Daily, S::Open},
    {"市交通运输局", "*公交站点信息|城市|城乡", "public_facility", "201", F::Sheet, C::Quarterly, S::Open},
    {"市水利局", "水雨情监测信息|河道站|水库站", "hydrology", "212", F::Api, C::RealTime, S::Open},
    {"市水利局", "取水许可信息|地表水|地下水", "water_use", "103", F::Database, C::Monthly, S::Open},
    {"市水利局", "水利工程设施信息|水库|堤防|水闸", "public_facility", "103", F::Database, C::Yearly,
     S::Normal},
    {"市水利局", "河湖长制巡河信息", "inspection", "211", F::Sheet, C::Monthly, S::Open},
    {"市农业农村局", "耕地地力保护补贴信息", "farm_subsidy", "203", F::Database, C::Yearly, S::Personal},
    {"市农业农村局", "*信息|新型农业经营主体|家庭农场|农民合作社示范社|农业产业化龙头企业", "farm_entity",
     "102", F::Database, C::Quarterly, S::Open},
    {"市农业农村局", "农产品质量安全检测信息|蔬菜|水产品", "inspection", "204", F::Sheet, C::Monthly,
     S::Open},
    {"市农业农村局", "兽药经营许可信息", "license", "204", F::Database, C::Monthly, S::Open},
    {"市农业农村局", "农机购置补贴信息", "farm_subsidy", "", F::Sheet, C::Quarterly, S::Personal},
    {"市商务局", "对外贸易进出口信息|一般贸易|加工贸易", "trade", "", F::Sheet, C::Monthly, S::Normal},
    {"市商务局", "外商投资企业信息|新设|增资", "enterprise", "102", F::Database, C::Monthly, S::Open},
    {"市商务局", "单用途商业预付卡备案信息", "license", "", F::Sheet, C::Quarterly, S::Open},
    {"市商务局", "重要生活必需品市场监测信息|粮油|肉类", "statistics", "206", F::Sheet, C::Weekly, S::Open},
    {"市文广旅局", "旅游景区信息|5A级|4A级|3A级", "scenic", "201", F::Sheet, C::Yearly, S::Open},
    {"市文广旅局", "娱乐场所经营许可信息|歌舞|游艺", "culture_venue", "", F::Database, C::Monthly, S::Open},
    {"市文广旅局", "旅行社经营许可信息", "license", "102", F::Database, C::Monthly, S::Open},
    {"市文广旅局", "*信息|公共文化场馆|公共图书馆|文化馆|博物馆", "public_facility", "201", F::Sheet,
     C::Yearly, S::Open},
    {"市文广旅局", "旅游接待统计信息|节假日", "statistics", "", F::Sheet, C::Monthly, S::Open},
    {"市卫健委", "医疗机构执业许可信息|中医|民营", "medical_institution", "202", F::Database, C::Daily,
     S::Open},
    {"市卫健委", "*执业注册信息|医师|助理医师|乡村医生", "practitioner", "202", F::Database, C::Daily,
     S::Normal},
    {"市卫健委", "护士执业注册信息", "practitioner", "", F::Database, C::Daily, S::Normal},
    {"市卫健委", "出生医学证明信息", "birth", "101", F::Database, C::Daily, S::Personal},
    {"市卫健委", "居民电子健康档案信息", "health_record", "202", F::Database, C::RealTime, S::Restricted},
    {"市卫健委", "公共场所卫生许可信息|住宿场所|沐浴场所", "license", "", F::Database, C::Monthly, S::Open},
    {"市卫健委", "卫生监督行政处罚信息", "penalty", "104", F::Database, C::Daily, S::Open},
    {"市退役军人局", "退役军人信息采集信息", "veteran", "", F::Database, C::Monthly, S::Restricted},
    {"市退役军人局", "优抚对象抚恤补助信息|伤残|在乡复员", "pension", "203", F::Database, C::Monthly,
     S::Personal},
    {"市退役军人局", "退役军人就业创业扶持信息", "employment", "", F::Sheet, C::Quarterly, S::Personal},
    {"市应急局", "安全生产行政许可信息|危险化学品|非煤矿山|烟花爆竹", "license", "205", F::Database, C::Daily,
     S::Open},
    {"市应急局", "危险化学品重大危险源信息", "hazard", "205", F::Database, C::Monthly, S::Restricted},
    {"市应急局", "生产安全事故信息|一般|较大", "emergency_event", "205", F::Database, C::RealTime, S::Normal},
    {"市应急局", "*灾情信息|自然灾害|洪涝|干旱|地质灾害", "emergency_event", "212", F::Sheet, C::RealTime,
     S::Normal},
    {"市应急局", "安全生产行政处罚信息", "penalty", "104", F::Database, C::Daily, S::Open},
    {"市应急局", "应急避难场所信息", "public_facility", "212", F::Sheet, C::Yearly, S::Open},
    {"市审计局", "审计项目计划信息|预算执行|经济责任|专项资金", "audit", "", F::Sheet, C::Yearly, S::Normal},
    {"市审计局", "审计发现问题整改信息", "audit", "", F::Sheet, C::Quarterly, S::Restricted},
    {"市国资委", "市属国有企业基本信息", "enterprise", "102", F::Sheet, C::Yearly, S::Open},
    {"市国资委", "国有企业财务快报信息", "finance_report", "", F::Sheet, C::Monthly, S::Restricted},
    {"市国资委", "国有产权登记信息", "asset", "", F::Database, C::Monthly, S::Normal},
    {"市市场监管局", "*登记信息|企业|内资企业|外商投资企业|私营企业", "enterprise", "102", F::Database,
     C::RealTime, S::Open},
    {"市市场监管局", "个体工商户登记信息", "individual", "102", F::Database, C::RealTime, S::Normal},
    {"市市场监管局", "农民专业合作社登记信息", "enterprise", "102", F::Database, C::Daily, S::Open},
    {"市市场监管局", "食品经营许可信息|餐饮服务|食品销售", "license", "204", F::Database, C::Daily, S::Open},
    {"市市场监管局", "食品生产许可信息", "license", "204", F::Database, C::Daily, S::Open},
    {"市市场监管局", "药品经营许可信息|零售|批发", "license", "204", F::Database, C::Daily, S::Open},
    {"市市场监管局", "市场监管行政处罚信息", "penalty", "104", F::Database, C::Daily, S::Open},
    {"市市场监管局", "经营异常名录信息|列入|移出", "credit_list", "104", F::Database, C::Daily, S::Open},
    {"市市场监管局", "双随机抽查结果信息", "inspection", "208", F::Database, C::Monthly, S::Open},
    {"市市场监管局", "特种设备使用登记信息|电梯|锅炉|压力容器", "license", "205", F::Database, C::Daily,
     S::Normal},
    {"市市场监管局", "企业年度报告信息", "enterprise", "", F::Database, C::Yearly, S::Open},
    {"市体育局", "*信息|公共体育设施|公共体育场馆|全民健身路径", "public_facility", "201", F::Sheet,
     C::Yearly, S::Open},
    {"市体育局", "高危险性体育项目经营许可信息", "license", "", F::Sheet, C::Monthly, S::Open},
    {"市统计局", "*统计信息|地区生产总值|固定资产投资|社会消费品零售总额|城乡居民收入", "statistics", "",
     F::Sheet, C::Monthly, S::Open},
    {"市统计局", "统计调查单位名录信息", "enterprise", "102", F::Database, C::Yearly, S::Restricted},
    {"市统计局", "人口抽样调查汇总信息", "statistics", "101", F::Sheet, C::Yearly, S::Open},
    {"市统计局", "统计年鉴信息", "statistics", "", F::Document, C::Yearly, S::Open},
    {"市医保局", "*参保信息|医疗保障|职工基本医疗保险|城乡居民基本医疗保险", "medical_insurance", "202",
     F::Database, C::RealTime, S::Personal},
    {"市医保局", "医疗费用结算信息|住院|门诊慢特病", "medical_insurance", "202", F::Database, C::Daily,
     S::Restricted},
    {"市医保局", "*信息|医保定点医药机构|医保定点医疗机构|医保定点零售药店", "medical_institution", "202",
     F::Sheet, C::Monthly, S::Open},
    {"市医保局", "异地就医备案信息", "medical_insurance", "", F::Database, C::Daily, S::Personal},
    {"市林业局", "林木采伐许可信息", "license", "103", F::Database, C::Monthly, S::Open},
    {"市林业局", "古树名木信息", "public_facility", "211", F::Sheet, C::Yearly, S::Open},
    {"市林业局", "森林火灾隐患巡查信息", "inspection", "212", F::Sheet, C::Monthly, S::Normal},
    {"市城管局", "户外广告设置许可信息", "license", "", F::Sheet, C::Monthly, S::Open},
    {"市城管局", "城市管理行政处罚信息", "penalty", "104", F::Database, C::Daily, S::Open},
    {"市城管局", "*设施信息|市政|城市照明|窨井盖|城市公厕", "public_facility", "209", F::Database,
     C::Quarterly, S::Open},
    {"市数据局", "政务服务事项办件信息", "service_case", "201", F::Database, C::RealTime, S::Normal},
    {"市数据局", "电子证照信息|营业执照|居民身份证|结婚证|社会保障卡", "e_license", "105", F::Api,
     C::RealTime, S::Personal},
    {"市数据局", "12345热线诉求办理信息", "petition", "210", F::Database, C::Daily, S::Personal},
    {"市数据局", "政务数据共享调用统计信息", "statistics", "", F::Sheet, C::Monthly, S::Open},
    {"市数据局", "好差评评价信息", "service_case", "", F::Database, C::Daily, S::Normal},
    {"市信访局", "信访事项登记信息|来信|来访|网上信访", "petition", "212", F::Database, C::Daily,
     S::Restricted},
    {"市人防办", "人防工程信息|结建工程|公用工程", "public_facility", "212", F::Sheet, C::Yearly,
     S::Restricted},
    {"市人防办", "防空警报设施信息", "public_facility", "", F::Sheet, C::Yearly, S::Restricted},
    {"市机关事务局", "公务用车信息", "asset", "", F::Database, C::Monthly, S::Normal},
    {"市机关事务局", "公共机构能耗统计信息", "statistics", "207", F::Sheet, C::Quarterly, S::Open},
    {"市金融局", "*监管信息|地方金融组织|小额贷款公司|融资担保公司|典当行", "enterprise", "", F::Sheet,
     C::Quarterly, S::Normal},
    {"市金融局", "上市后备企业信息", "enterprise", "", F::Sheet, C::HalfYearly, S::Normal},
    {"市粮储局", "粮食储备库存信息|地方储备粮|政策性粮食", "grain", "", F::Database, C::Monthly,
     S::Restricted},
    {"市粮储局", "粮食收购许可备案信息", "license", "", F::Sheet, C::Monthly, S::Open},
    {"市民宗局", "宗教活动场所登记信息", "culture_venue", "", F::Sheet, C::Yearly, S::Normal},
    {"市民宗局", "少数民族人口统计信息", "statistics", "", F::Sheet, C::Yearly, S::Normal},
    {"市外办", "因公出国（境）审批信息", "service_case", "", F::Database, C::Monthly, S::Restricted},
    {"市外办", "国际友好城市交流信息", "policy_doc", "", F::Document, C::Yearly, S::Open},
    {"市税务局", "纳税人登记信息", "tax", "102", F::Database, C::Daily, S::Normal},
    {"市税务局", "纳税信用等级评价信息|A级|B级|D级", "tax", "104", F::Database, C::Yearly, S::Open},
    {"市税务局", "欠税公告信息", "tax", "104", F::Sheet, C::Quarterly, S::Open},
    {"市税务局", "*发票领用信息|增值税专用|增值税普通", "tax", "", F::Database, C::Daily, S::Restricted},
    {"市税务局", "重大税收违法失信主体信息", "credit_list", "104", F::Sheet, C::Monthly, S::Open},
    {"市消防支队", "消防安全重点单位信息", "fire", "205", F::Database, C::Quarterly, S::Normal},
    {"市消防支队", "消防监督检查信息|人员密集场所|高层建筑", "inspection", "205", F::Database, C::Monthly,
     S::Normal},
    {"市消防支队", "火灾事故信息", "emergency_event", "212", F::Sheet, C::Monthly, S::Normal},
    {"市气象局", "气象观测信息|国家站|区域站", "weather", "212", F::Api, C::RealTime, S::Open},
    {"市气象局", "气象灾害预警信号信息|暴雨|高温|大风", "weather", "212", F::Api, C::RealTime, S::Open},
    {"市公积金中心", "住房公积金缴存信息|单位|个人", "housing_fund", "203", F::Database, C::RealTime,
     S::Personal},
    {"市公积金中心", "住房公积金提取信息|购房|租房|退休", "housing_fund", "", F::Database, C::Daily,
     S::Personal},
    {"市公积金中心", "住房公积金个人贷款信息", "housing_fund", "", F::Database, C::Daily, S::Restricted},
    {"市供销社", "基层供销合作社信息", "farm_entity", "", F::Sheet, C::Yearly, S::Open},
    {"市供销社", "农资储备信息|化肥|农药", "grain", "", F::Sheet, C::Monthly, S::Normal},
    {"市档案馆", "开放档案目录信息", "policy_doc", "", F::Database, C::Yearly, S::Open},
    {"市档案馆", "档案查阅利用登记信息", "service_case", "", F::Sheet, C::Monthly, S::Personal},
    {"市总工会", "困难职工帮扶信息", "member_org", "203", F::Sheet, C::Monthly, S::Personal},
    {"市总工会", "基层工会组织信息", "social_org", "", F::Sheet, C::Yearly, S::Open},
    {"团市委", "注册志愿者信息", "member_org", "210", F::Database, C::Monthly, S::Personal},
    {"团市委", "希望工程助学信息", "assistance", "", F::Sheet, C::Yearly, S::Personal},
    {"市妇联", "妇女儿童维权信访信息", "petition", "", F::Sheet, C::Monthly, S::Restricted},
    {"市妇联", "巾帼创业扶持信息", "member_org", "", F::Sheet, C::Quarterly, S::Personal},
    {"市残联", "残疾人证信息|一级|二级|三级|四级", "person", "101", F::Database, C::Daily, S::Personal},
    {"市残联", "*康复救助信息|残疾人|残疾儿童", "assistance", "203", F::Sheet, C::Monthly, S::Personal},
    {"市科协", "科普教育基地信息", "public_facility", "201", F::Sheet, C::Yearly, S::Open},
    {"市科协", "市级学会信息", "social_org", "", F::Sheet, C::Yearly, S::Open},
    {"市工商联", "商会组织信息|行业|异地", "social_org", "", F::Sheet, C::Yearly, S::Open},
    {"市工商联", "民营企业调查信息", "enterprise", "", F::Sheet, C::Yearly, S::Normal},
    {"市红十字会", "无偿献血者信息", "member_org", "202", F::Database, C::Daily, S::Restricted},
    {"市红十字会", "救助款物接收发放信息", "donation", "", F::Sheet, C::Monthly, S::Open},
    {"市交警支队", "机动车登记信息|小型汽车|大型汽车|摩托车", "vehicle", "", F::Database, C::RealTime,
     S::Personal},
    {"市交警支队", "机动车驾驶人信息", "driver", "", F::Database, C::RealTime, S::Personal},
    {"市交警支队", "道路交通违法信息|电子监控|现场处罚", "traffic_violation", "", F::Database, C::RealTime,
     S::Personal},
    {"市交警支队", "道路交通事故信息", "emergency_event", "212", F::Database, C::Daily, S::Restricted},
    {"市不动产登记中心", "*登记信息|不动产|不动产首次|不动产转移|不动产变更", "real_estate", "103",
     F::Database, C::RealTime, S::Personal},
    {"市不动产登记中心", "不动产抵押登记信息", "real_estate", "", F::Database, C::RealTime, S::Personal},
    {"市不动产登记中心", "不动产查封登记信息", "real_estate", "", F::Database, C::Daily, S::Restricted},
    {"市不动产登记中心", "*电子证照信息|不动产权证书|不动产登记证明", "e_license", "105", F::Api, C::RealTime,
     S::Personal},
    {"市社保中心", "养老保险待遇发放信息|企业职工|城乡居民", "pension", "203", F::Database, C::Monthly,
     S::Personal},
    {"市社保中心", "*缴费信息|社会保险|养老保险|失业保险|工伤保险", "social_insurance", "", F::Database,
     C::Monthly, S::Personal},
    {"市社保中心", "待遇领取资格认证信息", "pension", "", F::Database, C::Monthly, S::Personal},
    {"市社保中心", "社会保障卡信息", "social_insurance", "105", F::Database, C::Daily, S::Personal},
    {"市就业中心", "*招聘信息|企业岗位|公益性岗位", "employment", "201", F::Api, C::Daily, S::Open},
    {"市就业中心", "创业担保贷款信息", "employment", "", F::Sheet, C::Monthly, S::Personal},
    {"市疾控中心", "预防接种信息|免疫规划疫苗|非免疫规划疫苗", "vaccination", "202", F::Database, C::Daily,
     S::Restricted},
    {"市疾控中心", "法定传染病报告信息|甲类|乙类|丙类", "disease", "202", F::Database, C::RealTime,
     S::Restricted},
    {"市疾控中心", "生活饮用水监测信息", "water_quality", "202", F::Sheet, C::Monthly, S::Open},
    {"市公共资源交易中心", "工程建设项目招标投标信息|房屋建筑|市政|水利|交通", "trading", "201", F::Database,
     C::RealTime, S::Open},
    {"市公共资源交易中心", "政府采购交易信息|公开招标|竞争性磋商", "trading", "", F::Database, C::RealTime,
     S::Open},
    {"市公共资源交易中心", "土地矿业权交易信息", "trading", "103", F::Database, C::Daily, S::Open},
    {"市大数据中心", "政务云资源使用信息", "asset", "", F::Sheet, C::Monthly, S::Normal},
    {"市大数据中心", "数据共享交换日志信息", "statistics", "", F::Database, C::Daily, S::Restricted},
    {"市环境监测站", "污染源自动监测信息|废气|废水", "emission", "211", F::Api, C::RealTime, S::Normal},
    {"市环境监测站", "声环境质量监测信息|功能区", "noise", "211", F::Sheet, C::Quarterly, S::Open},
    {"市市场监管执法支队", "投诉举报处理信息|食品安全|产品质量|价格", "petition", "", F::Database, C::Daily,
     S::Personal},
    {"市市场监管执法支队", "食品安全抽检信息|餐饮|流通", "inspection", "204", F::Database, C::Monthly,
     S::Open},
    {"市公路中心", "公路路况信息|国道|省道|县道", "public_facility", "", F::Api, C::Daily, S::Open},
    {"市公路中心", "公路桥梁技术状况信息", "public_facility", "", F::Sheet, C::Yearly, S::Normal},
    {"市水文中心", "*监测信息|水文站|雨量站|水位站", "hydrology", "212", F::Api, C::RealTime, S::Open},
    {"市水文中心", "地下水监测信息", "hydrology", "103", F::Sheet, C::Monthly, S::Open},
    {"市急救中心", "院前急救出车信息", "emergency_event", "202", F::Database, C::RealTime, S::Restricted},
    {"市急救中心", "急救站点信息", "public_facility", "202", F::Sheet, C::Yearly, S::Open},
};

QStringList splitBar(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

QList<DepartmentDef> build()
{
    QList<DepartmentDef> out;
    for (const RawDepartment& raw : kDepartments) {
        DepartmentDef d;
        d.name = QString::fromUtf8(raw.name);
        d.shortName = QString::fromUtf8(raw.shortName);
        d.category = QLatin1Char(raw.category);
        d.weight = raw.weight;
        d.scenes = splitBar(raw.scenes);
        if (raw.parentShort) {
            const QString parent = QString::fromUtf8(raw.parentShort);
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (out.at(i).shortName == parent) {
                    d.parent = int(i);
                }
            }
            Q_ASSERT(d.parent >= 0);
        }
        for (const RawTemplate& t : kTemplates) {
            if (std::strcmp(t.dept, raw.shortName) != 0) {
                continue;
            }
            // "*stem|a|b": only the variants, the bare stem would be too vague a name.
            QStringList parts = splitBar(t.stem);
            ResourceTemplate rt;
            rt.stem = parts.takeFirst();
            const bool variantsOnly = rt.stem.startsWith(QLatin1Char('*'));
            rt.variants = variantsOnly ? parts : QStringList{QString()} + parts;
            rt.stem.remove(0, variantsOnly ? 1 : 0);
            rt.items = findItemSet(QString::fromUtf8(t.items));
            Q_ASSERT(rt.items);
            rt.placement = QString::fromUtf8(t.placement);
            rt.format = t.format;
            rt.cycle = t.cycle;
            rt.sensitivity = t.sensitivity;
            d.templates.append(std::move(rt));
        }
        Q_ASSERT(!d.templates.isEmpty());
        out.append(std::move(d));
    }
    return out;
}

} // namespace

const QList<DepartmentDef>& departments()
{
    static const QList<DepartmentDef> all = build();
    return all;
}

} // namespace govcat::demo
