// The words that tie minutes to London Enriched. Data, not code: add a term or an entry
// here and the linker uses it. Confidence says how sure one match makes the link; keep
// broad words low and names high, because a wrong link is worse than a missing one.
import type { ReferenceDefinition, VocabularyEntry } from './types.js';

/** Other strategies and programmes the minutes name, reported as references. */
export const references: ReferenceDefinition[] = [
  { id: 'equality-framework', name: "The Mayor's Equality Framework (Equal Life Chances for All)" },
  { id: 'health-inequalities-strategy', name: "The Mayor's Health Inequalities Strategy" },
  { id: 'the-way-forward', name: 'The Way Forward: A Call for Action to End Violence Against Women' },
  { id: 'refugee-integration-and-employment-service', name: 'Refugee Integration and Employment Service (RIES)' },
  { id: 'mayors-migration-strategy', name: "The Mayor's Migration Strategy" },
  { id: 'london-living-wage', name: 'The London Living Wage' },
  { id: 'team-london', name: 'Team London' },
  { id: 'european-integration-fund', name: 'The European Integration Fund' },
  { id: 'assisted-voluntary-return', name: 'Assisted Voluntary Return' },
  { id: 'refugee-teachers-hub', name: 'The Refugee Teachers Hub' },
];

export const vocabulary: VocabularyEntry[] = [
  // The strategy itself, by name and by the name it had before launch.
  { id: 'london-enriched', terms: ['London Enriched'], targets: [{ kind: 'strategy', id: 'london-enriched' }], confidence: 1 },
  {
    id: 'refugee-integration-strategy',
    terms: ["Mayor's Refugee Integration Strategy", 'Refugee Integration Strategy', 'RIS'],
    caseSensitive: true,
    targets: [{ kind: 'strategy', id: 'london-enriched' }],
    confidence: 0.9,
  },

  // Other strategies and programmes.
  {
    id: 'equality-framework',
    terms: ['Equality Framework', 'Equalities Framework', 'Equal Life Chances for All'],
    targets: [{ kind: 'reference', id: 'equality-framework' }],
    confidence: 0.9,
  },
  {
    id: 'health-inequalities-strategy',
    terms: ['Health Inequalities Strategy', 'HIS'],
    targets: [
      { kind: 'reference', id: 'health-inequalities-strategy' },
      { kind: 'service-area', id: 'health' },
    ],
    confidence: 0.9,
  },
  {
    id: 'the-way-forward',
    terms: ['The Way Forward', 'Call for Action to End Violence Against Women'],
    caseSensitive: true,
    targets: [
      { kind: 'reference', id: 'the-way-forward' },
      { kind: 'action', id: '7.3.3' },
    ],
    confidence: 0.9,
  },
  {
    id: 'refugee-integration-and-employment-service',
    terms: ['Refugee Integration and Employment Service', 'Refugee Integration & Employment Service', 'RIES'],
    targets: [
      { kind: 'reference', id: 'refugee-integration-and-employment-service' },
      { kind: 'service-area', id: 'employment-skills-and-enterprise' },
    ],
    confidence: 0.9,
  },

  // Named programmes and funds: references only, as they belong to no one service area.
  { id: 'mayors-migration-strategy', terms: ['Migration Strategy'], caseSensitive: true, targets: [{ kind: 'reference', id: 'mayors-migration-strategy' }], confidence: 0.9 },
  { id: 'london-living-wage', terms: ['London Living Wage'], targets: [{ kind: 'reference', id: 'london-living-wage' }], confidence: 0.9 },
  { id: 'team-london', terms: ['Team London'], caseSensitive: true, targets: [{ kind: 'reference', id: 'team-london' }], confidence: 0.9 },
  { id: 'european-integration-fund', terms: ['European Integration Fund'], targets: [{ kind: 'reference', id: 'european-integration-fund' }], confidence: 0.9 },
  {
    id: 'assisted-voluntary-return',
    terms: ['Assisted Voluntary Return', 'Assisted Voluntary Returns'],
    targets: [{ kind: 'reference', id: 'assisted-voluntary-return' }],
    confidence: 0.9,
  },
  {
    id: 'refugee-teachers-hub',
    terms: ['Refugee Teachers Hub'],
    targets: [
      { kind: 'reference', id: 'refugee-teachers-hub' },
      { kind: 'service-area', id: 'employment-skills-and-enterprise' },
    ],
    confidence: 0.9,
  },

  // Named parts of proposed actions.
  { id: 'trafficking-toolkit', terms: ['Child Trafficking Toolkit', 'trafficking toolkit'], targets: [{ kind: 'action', id: '8.3.4' }], confidence: 0.9 },
  { id: 'trafficked-children', terms: ['child trafficking', 'trafficked children', 'trafficked child'], targets: [{ kind: 'action', id: '8.3.4' }], confidence: 0.7 },
  { id: 'police-pledge', terms: ['Police Pledge'], targets: [{ kind: 'action', id: '7.3.1' }], confidence: 0.9 },
  { id: 'refugee-week', terms: ['Refugee Week', 'Celebrating Sanctuary'], caseSensitive: true, targets: [{ kind: 'action', id: '7.3.4' }], confidence: 0.9 },
  {
    id: 'ukba-chief-inspector',
    terms: ['Chief Inspector of the UKBA', 'Chief Inspector of UKBA', 'Chief Inspector of the UK Border Agency'],
    targets: [{ kind: 'action', id: '7.3.5' }],
    confidence: 0.8,
  },
  { id: 'violence-against-women', terms: ['violence against women'], targets: [{ kind: 'action', id: '7.3.3' }], confidence: 0.7 },

  // The vocabulary of each service area.
  {
    id: 'esol',
    terms: ['ESOL', 'English for Speakers of Other Languages', 'English language'],
    targets: [{ kind: 'service-area', id: 'english-language-learning' }],
    confidence: 0.9,
  },
  { id: 'housing', terms: ['housing', 'homeless*', 'rough sleep*'], targets: [{ kind: 'service-area', id: 'housing' }], confidence: 0.8 },
  // Destitution is often named in passing (what refused asylum seekers risk): one mention alone does not link.
  { id: 'destitution', terms: ['destitut*'], targets: [{ kind: 'service-area', id: 'housing' }], confidence: 0.45 },
  {
    id: 'employment',
    terms: ['employment', 'employability', 'unemploy*', 'apprentice*', 'job market', 'labour market'],
    targets: [{ kind: 'service-area', id: 'employment-skills-and-enterprise' }],
    confidence: 0.8,
  },
  {
    id: 'jobcentre-plus',
    terms: ['JCP', 'Job Centre Plus', 'Jobcentre Plus'],
    targets: [{ kind: 'service-area', id: 'employment-skills-and-enterprise' }],
    confidence: 0.9,
  },
  // Lower case only: capitalised, these words are mostly parts of names ("Minister for Further Education, Skills and
  // Lifelong Learning", "Regional Public Health Group", "Health Observatory").
  { id: 'skills', terms: ['skills'], caseSensitive: true, targets: [{ kind: 'service-area', id: 'employment-skills-and-enterprise' }], confidence: 0.6 },
  { id: 'health', terms: ['health', 'health charges'], caseSensitive: true, targets: [{ kind: 'service-area', id: 'health' }], confidence: 0.7 },
  {
    id: 'nhs',
    terms: ['NHS', 'Health Link body', 'National Health Service'],
    // NHS Employers speaks for the NHS as an employer: about jobs, not health services.
    except: ['NHS Employers'],
    targets: [{ kind: 'service-area', id: 'health' }],
    confidence: 0.8,
  },
  {
    id: 'policing',
    terms: ['police', 'policing', 'MPS', 'Metropolitan Police', 'MOPAC', 'hate crime', 'community safety'],
    targets: [{ kind: 'service-area', id: 'community-safety' }],
    confidence: 0.8,
  },
  // Immigration enforcement only: "enforcement" alone also means rules, contracts and codes of conduct.
  {
    id: 'immigration-enforcement',
    terms: ['immigration enforcement', 'enforcement officer*', 'enforcement team*', 'enforcement visit*'],
    targets: [{ kind: 'service-area', id: 'community-safety' }],
    confidence: 0.6,
  },
  // Trafficking is a crime (community safety); it concerns children and young people (and 8.3.4) only where
  // children are named, through the entries for the toolkit and trafficked children above.
  { id: 'trafficking', terms: ['traffick*'], targets: [{ kind: 'service-area', id: 'community-safety' }], confidence: 0.7 },
  {
    id: 'children',
    terms: ['unaccompanied', 'separated children', "children's services", 'children services', 'young people', 'schools', 'care leavers'],
    targets: [{ kind: 'service-area', id: 'children-and-young-people' }],
    confidence: 0.8,
  },
  {
    id: 'community-organisations',
    terms: ['MRCOs', 'MRCO', 'RCOs', 'RCO', 'refugee community organisation*', 'migrant and refugee community organisation*', 'community development'],
    targets: [{ kind: 'service-area', id: 'community-development-and-participation' }],
    confidence: 0.8,
  },
  {
    id: 'civic-participation',
    terms: ['civic participation', 'civic engagement', 'citizenship'],
    targets: [{ kind: 'service-area', id: 'community-development-and-participation' }],
    confidence: 0.8,
  },
];
