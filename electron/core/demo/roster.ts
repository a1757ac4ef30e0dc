import type { Database } from 'better-sqlite3';
import { idCardCheckChar } from '../contract/identity.js';
import { HEAD, RELATIONS, type CADRE_POSTS, type HouseholdStatus } from '../contract/roster.js';
import { saveCadre } from '../roster/cadres.js';
import { createHousehold, listGroups, setHouseholdStatus } from '../roster/households.js';
import type { Rng } from './rng.js';
import type { DemoOptions } from './index.js';

type Relation = (typeof RELATIONS)[number];
type Gender = 'male' | 'female';
interface Person {
  name: string;
  relation: Relation;
  gender: Gender;
  birthYear: number;
  idCard: string | null;
  phone: string | null;
}

// Surnames in rough order of how common they are in China; the weight falls with the rank.
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤符');
const SURNAME_WEIGHTS = [...SURNAMES.map((s, i) => [s, 100 / (i + 4)] as const), ['欧阳', 0.4] as const, ['司马', 0.2] as const, ['上官', 0.15] as const];
const MALE = Array.from('伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林国建志文海东春福德贵发金成荣新生庆兴永财富山亮');
const FEMALE = Array.from('芳娜敏静丽艳娟霞秀英华慧巧美兰梅琳玉萍红玲桂凤洁燕云莲彩春珍月雪婷倩丹琴');
/** Characters that old fonts and input methods miss: the demo must show them right. */
export const RARE = Array.from('堃赟喆昇犇');
const HAMLETS = ['大坡', '南岸', '石门', '新村', '坡头', '沟尾', '北岭', '田洋'];
const NOTES = ['低保户', '脱贫户', '五保户', '军属', '党员户'];
const PHONE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '177', '180', '182', '186', '187', '188', '189', '199'];
/** 白沙黎族自治县, the county of the demo village. */
const AREA = '469025';

function givenName(rng: Rng, gender: Gender, generation?: string): string {
  const pool = gender === 'male' ? MALE : FEMALE;
  const char = () => (rng.chance(0.02) ? rng.pick(RARE) : rng.pick(pool));
  if (generation) return generation + char();
  return rng.chance(0.3) ? char() : char() + char();
}

function makeIdCard(rng: Rng, birthYear: number, gender: Gender, used: Set<string>): string {
  for (;;) {
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const seq = rng.int(0, 499) * 2 + (gender === 'male' ? 1 : 0);
    const body = `${AREA}${birthYear}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
    const id = body + idCardCheckChar(body);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

const makePhone = (rng: Rng) => rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');

/** One family as a clerk would meet it: a head, often a spouse, children; older heads with a daughter-in-law and grandchildren, younger ones with a parent. */
function family(rng: Rng, surname: string, thisYear: number, ids: Set<string>): Person[] {
  const headGender: Gender = rng.chance(0.88) ? 'male' : 'female';
  const headYear = rng.int(thisYear - 86, thisYear - 24);
  const people: Omit<Person, 'idCard' | 'phone'>[] = [];
  const head = { name: surname + givenName(rng, headGender), relation: HEAD as Relation, gender: headGender, birthYear: headYear };
  people.push(head);
  const spouseSurname = rng.weighted(SURNAME_WEIGHTS);
  if (rng.chance(headYear < thisYear - 30 ? 0.85 : 0.5)) {
    const g: Gender = headGender === 'male' ? 'female' : 'male';
    people.push({ name: spouseSurname + givenName(rng, g), relation: '配偶', gender: g, birthYear: headYear + rng.int(-2, 5) });
  }
  // Children carry the father's surname.
  const childSurname = headGender === 'male' ? surname : spouseSurname;
  // Brothers often share a generation character (字辈).
  const generation = rng.chance(0.4) ? rng.pick(MALE) : undefined;
  const children = rng.weighted([[0, 2], [1, 4], [2, 5], [3, 2], [4, 1]] as const);
  let son: (typeof people)[number] | undefined;
  for (let i = 0; i < children; i++) {
    const birthYear = headYear + rng.int(21, 38);
    if (birthYear > thisYear) continue;
    const g: Gender = rng.chance(0.52) ? 'male' : 'female';
    const child = { name: childSurname + givenName(rng, g, g === 'male' ? generation : undefined), relation: (g === 'male' ? '子' : '女') as Relation, gender: g, birthYear };
    people.push(child);
    if (g === 'male' && !son && thisYear - birthYear >= 24) son = child;
  }
  if (son && rng.chance(0.6)) {
    people.push({ name: rng.weighted(SURNAME_WEIGHTS) + givenName(rng, 'female'), relation: '儿媳', gender: 'female', birthYear: son.birthYear + rng.int(-3, 3) });
    for (let i = rng.int(0, 2); i > 0; i--) {
      const g: Gender = rng.chance(0.5) ? 'male' : 'female';
      const birthYear = son.birthYear + rng.int(22, 32);
      if (birthYear <= thisYear) people.push({ name: childSurname + givenName(rng, g), relation: g === 'male' ? '孙子' : '孙女', gender: g, birthYear });
    }
  }
  if (headYear > thisYear - 50 && rng.chance(0.3)) {
    const g: Gender = rng.chance(0.6) ? 'female' : 'male';
    people.push({ name: (g === 'male' ? surname : rng.weighted(SURNAME_WEIGHTS)) + givenName(rng, g), relation: g === 'male' ? '父亲' : '母亲', gender: g, birthYear: headYear - rng.int(22, 32) });
  }
  return people.map((p, i) => {
    const adult = thisYear - p.birthYear >= 16;
    const idCard = rng.chance(adult ? 0.6 : 0.3) ? makeIdCard(rng, p.birthYear, p.gender, ids) : null;
    const phone = adult && rng.chance(i === 0 ? 0.7 : 0.25) ? makePhone(rng) : null;
    return { ...p, idCard, phone };
  });
}

interface CadreSpec {
  post: (typeof CADRE_POSTS)[number];
  fromDate: string;
  toDate?: string;
  note?: string;
}
const CADRES: CadreSpec[] = [
  // 书记兼主任 is one person, as is usual in Hainan
  { post: '书记', fromDate: '2021-10-15', note: '书记兼主任' },
  { post: '委员', fromDate: '2021-10-15', note: '民兵营长' },
  { post: '副主任', fromDate: '2021-10-15' },
  { post: '委员', fromDate: '2021-10-15', note: '妇女主任' },
  { post: '监委会', fromDate: '2021-10-15', note: '监委会主任' },
  { post: '驻村工作队', fromDate: '2024-03-01', note: '县农业农村局派驻' },
  { post: '主任', fromDate: '2018-10-20', toDate: '2021-10-14', note: '上届' },
];

/**
 * The demo village's people: households spread over every group, each group
 * with a couple of big clans, and the cadres — the two-committee members, a
 * work-team member and one group leader per group (a head of that group).
 */
export function seedRoster(db: Database, rng: Rng, opts: DemoOptions): void {
  const thisYear = Number(opts.today.slice(0, 4));
  const ids = new Set<string>();
  const leaders: { name: string; group: string; phone: string }[] = [];
  listGroups(db).forEach((group, gi) => {
    const hamlet = HAMLETS[gi % HAMLETS.length] ?? '';
    const clans = [rng.weighted(SURNAME_WEIGHTS), rng.weighted(SURNAME_WEIGHTS)];
    const count = Math.round(opts.households / 6) + rng.int(-8, 8);
    for (let n = 1; n <= count; n++) {
      const surname = rng.chance(0.4) ? rng.pick(clans) : rng.weighted(SURNAME_WEIGHTS);
      // Every ninth head a party member, without drawing from the rng (the rest of the demo stays as it was).
      const members = family(rng, surname, thisYear, ids).map((m, i) => ({ ...m, partyMember: i === 0 && n % 9 === 0 }));
      const id = createHousehold(
        db,
        { groupId: group.id, number: '', address: `${hamlet} ${n} 号`, note: rng.chance(0.08) ? rng.pick(NOTES) : '', members },
        opts.now,
      );
      const status = rng.weighted<HouseholdStatus>([['active', 97], ['moved', 2], ['cancelled', 1]]);
      if (status !== 'active') setHouseholdStatus(db, id, status, opts.now);
      const head = members[0];
      if (n === 7 && head) leaders.push({ name: head.name, group: group.name, phone: head.phone ?? makePhone(rng) });
    }
  });
  for (const c of CADRES) {
    const gender: Gender = rng.chance(0.7) ? 'male' : 'female';
    saveCadre(db, { name: rng.weighted(SURNAME_WEIGHTS) + givenName(rng, gender), post: c.post, phone: makePhone(rng), fromDate: c.fromDate, toDate: c.toDate ?? null, note: c.note ?? '' });
  }
  for (const l of leaders) saveCadre(db, { name: l.name, post: '村小组长', phone: l.phone, fromDate: '2021-11-01', toDate: null, note: l.group });
}
