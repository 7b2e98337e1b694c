import type { Random } from '../random';

/** A staff member as messages and decisions name them. */
export interface Staff {
  id: string;
  name: string;
}

export interface Buyer {
  id: string;
  name: string;
  /** In full: the platform keeps it, the API masks it. */
  phone: string;
  address: string;
  /** Province, city and district, what the masked address still shows. */
  region: string;
}

/** How each brand's customer service looks in the seed. */
export interface ServiceBrand {
  brandId: string;
  slug: string;
  crossBorder: boolean;
  /** Whether the brand's prices already include the cross-border tax (Lumière) or add it (Kiwi Vital). */
  priceIncludesTax: boolean;
  conversationCount: number;
  /** Buyers 1…n have orders; the rest only chat. */
  buyersWithOrders: number;
  /** Who answers the brand's buyers; the first is the main agent. */
  agents: Staff[];
  admin: Staff;
  /** The brand's automatic greeting (author 'auto'): seen by buyers, never counted as a human reply. */
  greeting: string;
  /** Order numbers read RED + this prefix + a sequence, e.g. RED2611200002. */
  orderNumberPrefix: string;
  carrier: string;
  trackingPrefix: string;
}

const lumiereAgent: Staff = { id: 'user-lumiere-agent', name: '林佳怡' };
const lumiereAgent2: Staff = { id: 'user-lumiere-agent2', name: '陈美' };
const lumiereAdmin: Staff = { id: 'user-lumiere-admin', name: 'Camille Laurent' };
const kiwiAgent: Staff = { id: 'user-kiwivital-agent', name: 'Liam Taylor' };
const kiwiAdmin: Staff = { id: 'user-kiwivital-admin', name: 'Aroha Williams' };
const yunshanAdmin: Staff = { id: 'user-yunshan-admin', name: '陈云' };

export const serviceBrands: ServiceBrand[] = [
  {
    brandId: 'brand-lumiere',
    slug: 'lumiere',
    crossBorder: true,
    priceIncludesTax: true,
    conversationCount: 1000,
    buyersWithOrders: 300,
    agents: [lumiereAgent, lumiereAgent2],
    admin: lumiereAdmin,
    greeting:
      '您好，欢迎来到 Maison Lumière 官方旗舰店～客服正在赶来，请稍候。 / Welcome to Maison Lumière, an agent will be with you shortly.',
    orderNumberPrefix: '26112',
    carrier: '顺丰速运 SF Express',
    trackingPrefix: 'SF',
  },
  {
    brandId: 'brand-kiwivital',
    slug: 'kiwivital',
    crossBorder: true,
    priceIncludesTax: false,
    conversationCount: 40,
    buyersWithOrders: 20,
    agents: [kiwiAgent],
    admin: kiwiAdmin,
    greeting: 'Kia ora！欢迎来到 Kiwi Vital 官方旗舰店，客服马上为您服务。 / Welcome to Kiwi Vital!',
    orderNumberPrefix: '26113',
    carrier: 'EMS 中国邮政',
    trackingPrefix: 'EK',
  },
  {
    // Yunshan has no active agent yet (its cs_agent is still invited): the admin answers buyers.
    brandId: 'brand-yunshan',
    slug: 'yunshan',
    crossBorder: false,
    priceIncludesTax: true,
    conversationCount: 20,
    buyersWithOrders: 12,
    agents: [yunshanAdmin],
    admin: yunshanAdmin,
    greeting: '您好，欢迎光临云山茶官方旗舰店，客服马上为您服务。',
    orderNumberPrefix: '26114',
    carrier: '中通快递 ZTO',
    trackingPrefix: 'ZT',
  },
];

export const brandOfSlug = (slug: string) => serviceBrands.find((brand) => brand.slug === slug);

/** The two buyers the contract names; everyone else gets a generated nickname. */
const namedBuyers: Record<string, string> = { '0001': '小鹿Lulu', '0002': 'Mia 米娅' };

const nicknameStarts = ['小', '阿', '大', '甜', '糖', '柚子', '橘子', '奶茶', '桃桃', '星星', '月亮', '椰子'];
const nicknameEnds = ['鱼', '猫', '兔', '酱', '豆', '喵', '桃', '梨', '果', '糕', '饼', '宝'];
const latinNames = ['Lily', 'Coco', 'Amy', 'Vivian', 'Grace', 'Emma', 'Chloe', 'Yuki', 'Nina', 'Ivy', 'Zoe'];
const regions = [
  '上海市 浦东新区',
  '上海市 静安区',
  '北京市 朝阳区',
  '北京市 海淀区',
  '广东省 深圳市 南山区',
  '广东省 广州市 天河区',
  '浙江省 杭州市 西湖区',
  '江苏省 南京市 鼓楼区',
  '四川省 成都市 锦江区',
  '湖北省 武汉市 江汉区',
];
const streets = [
  '世纪大道',
  '南京西路',
  '建国路',
  '中关村大街',
  '科技园路',
  '天河路',
  '文三路',
  '中山路',
  '春熙路',
];
const mobilePrefixes = ['138', '139', '158', '186', '177', '135', '150'];

function nicknameOf(random: Random): string {
  const style = random.int(0, 2);
  if (style === 0) return `${random.pick(nicknameStarts)}${random.pick(nicknameEnds)}${random.int(1, 99)}`;
  if (style === 1)
    return `${random.pick(latinNames)} ${random.pick(nicknameStarts)}${random.pick(nicknameEnds)}`;
  return `${random.pick(nicknameStarts)}${random.pick(nicknameEnds)}${random.pick(latinNames)}`;
}

export function seedBuyers(brand: ServiceBrand, random: Random): Buyer[] {
  return Array.from({ length: brand.conversationCount }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    const region = random.pick(regions);
    const named = brand.slug === 'lumiere' ? namedBuyers[number] : undefined;
    return {
      id: `buyer-${brand.slug}-${number}`,
      name: named ?? nicknameOf(random),
      phone: `${random.pick(mobilePrefixes)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      address: `${region} ${random.pick(streets)} ${random.int(1, 999)} 号 ${random.int(1, 30)} 栋 ${random.int(101, 2802)} 室`,
      region,
    };
  });
}

/** "138****5678": the first three and last four digits. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
/** "上海市 浦东新区 ****": the region in full, the street hidden. */
export const maskAddress = (region: string) => `${region} ****`;
