// Titles and roles written before a name ("President", "External Affairs Minister", "Dr.").
// They are cut off the name and kept as the entity's role. Lower-case keys, no final period.

const words = (s: string) => s.trim().split(/\s+/);

/** Words that can end a title: "Minister" in "Prime Minister", "Dr" alone. */
export const TITLE_HEADS = new Set(
  words(`
  president presidents minister ministers secretary secretaries chancellor premier governor governors mayor senator senators
  congressman congresswoman representative rep sen gov ambassador envoy commissioner chairman chairwoman chairperson chair
  ceo cfo coo cto founder co-founder director spokesman spokeswoman spokesperson king queen prince princess emperor empress
  pope cardinal archbishop bishop rabbi imam sheikh sheik ayatollah reverend rev pastor father sister brother
  judge justice magistrate prosecutor attorney lawyer general gen lieutenant lt colonel col major maj captain capt sergeant sgt
  admiral commander marshal brigadier corporal private officer detective inspector constable superintendent sheriff chief
  dr doctor mr mrs ms miss mx sir dame lord lady prof professor dean provost rector president-elect pm fm mp mep mla mlas
  speaker leader leaders coach manager executive economist analyst historian author novelist actor actress singer rapper
  striker midfielder defender goalkeeper quarterback pitcher player champion chef editor reporter correspondent columnist
  photographer anchor host presenter producer director-general secretary-general undersecretary under-secretary
  vice-president vice-chancellor deputy aide adviser advisor counsel consul councillor councilor councilman councilwoman
  alderman legislator lawmaker delegate minister-president crown sultan emir amir shah tsar czar kaiser raja maharaja
  nawab chief-minister ex-president ex-minister governor-general grand-duke duke duchess earl count countess baron baroness
  administrator treasurer curator cllr clr cr viscount marquess mufti patriarch metropolitan deacon elder apostle saint st mgr msgr
  pvt cpl adm
  cmdr supt insp det garda taoiseach tánaiste tanaiste frontman frontwoman recorder
  madam alhaji alhaja hon honourable honorable mallam
  opener batter batsman bowler spinner paceman seamer wicketkeeper wicket-keeper all-rounder skipper winger flanker hooker
  fly-half scrum-half halfback fullback full-back playmaker sprinter jockey boxer
  `),
);

/** Words that may come before a title head inside the title: "Deputy Prime", "External Affairs", "Foreign". */
export const TITLE_MODIFIERS = new Set(
  words(`
  vice deputy prime foreign external affairs home interior finance defence defense trade commerce economy economic
  health education justice energy environment agriculture labour labor transport transportation culture information
  communications treasury state federal national union cabinet junior senior chief principal assistant associate acting
  interim former late then first second third grand supreme high lord attorney solicitor surgeon inspector police army
  navy air force military executive managing general secretary special head permanent presiding district regional
  provincial county city municipal crown royal opposition majority minority party parliamentary public-health development
  petroleum oil power railways railway water resources science technology tourism sports sport youth women family welfare
  housing industry industries mines steel coal textiles telecommunications telecom digital external-affairs home-affairs
  foreign-affairs internal security intelligence immigration planning social rural urban civil aviation shipping ports
  fisheries forests forestry climate emergency refugees veterans homeland human rights legal consumer
  relations workplace industrial employment skills arts heritage communities infrastructure
  financial operating marketing commercial investment technical compliance risk medical nursing strategy revenue
  ward parish borough
  `),
);

/** Honorifics: the least specific kind of role, used only when nothing better is known. */
export const HONORIFICS = new Set(words('dr doctor mr mrs ms miss mx sir dame lord lady prof professor rev reverend st saint mgr msgr'));

/** Short all-caps titles that are never organization acronyms when a name follows. */
export const TITLE_ACRONYMS = new Set(words('pm fm mp mep mla ceo cfo coo cto md dg gm vp evp svp'));

/** Heads that are also ordinary name words ("General Electric", "Major League"): a title only before a person's name. */
export const WEAK_TITLE_HEADS = new Set(
  words(`general major chief leader leaders speaker host anchor chair director manager executive counsel elder metropolitan
  player champion private crown father sister brother count saint st st. officer author editor producer actor singer coach
  deputy aide delegate justice lord lady king queen prince princess duke garda`),
);

/** Plural title heads and the singular a role is written with ("Ministers X and Y" -> "Minister"). */
export const PLURAL_TITLE_HEADS: Readonly<Record<string, string>> = {
  ministers: 'Minister',
  presidents: 'President',
  senators: 'Senator',
  secretaries: 'Secretary',
  governors: 'Governor',
  leaders: 'Leader',
  mlas: 'MLA',
};

/** Letters after a person's name that are no part of it ("Bola Akande KC", "Sam Reid MP", "Martin Luther King Jr."). */
export const POST_NOMINALS = new Set(words('kc qc sc mp mep msp ms mla mpp td bl obe mbe cbe kbe dbe frs phd jr jr. sr sr.'));

/** "St", "Saint": a title before a person's name, but inside a place's name ("Gulf of St. Lawrence"). */
export const SAINT_WORDS = new Set(words('st st. saint ste ste.'));
