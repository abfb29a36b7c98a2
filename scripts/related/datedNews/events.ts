/**
 * The events of our dated evaluation set, written for it (no third-party text). Each kind of event
 * is written once with slots; the look-alike pairs are two events of one kind, often in one region,
 * that share nearly every word and differ by names, places, numbers and dates, as real ones do.
 */

export type Phase = 'first' | 'update' | 'aftermath' | 'resolution' | 'anniversary'

export interface EventKind {
  kind: string
  /** Headlines by phase; {slots} are filled from the event. */
  titles: Record<Phase, string[]>
  leads: Record<Phase, string[]>
  /** Sentences any story of this kind may carry: what makes look-alikes look alike. */
  common: string[]
  /** Sentences that name this event's own facts. */
  specific: string[]
}

export interface EventFacts {
  kind: string
  /** The date of the first report. */
  start: string
  slots: Record<string, string>
}

export const KINDS: EventKind[] = [
  {
    kind: 'earthquake',
    titles: {
      first: ['Magnitude {mag} earthquake strikes near {place}, {country}', 'Strong earthquake shakes {place} region, buildings collapse', 'Earthquake of magnitude {mag} hits {region}'],
      update: ['{place} earthquake death toll rises to {dead}', 'Rescuers search rubble in {place} as aftershocks continue', '{official} visits {place} after deadly quake'],
      aftermath: ['{place} quake survivors still in tents weeks later', 'Engineers blame weak concrete for {place} collapses', '{country} opens inquiry into buildings that fell in {place} quake'],
      resolution: ['Rebuilding of {place} begins months after earthquake', 'Builders charged over collapsed blocks in {place}', '{country} approves {fund} reconstruction fund for {place}'],
      anniversary: ['A year after the {place} earthquake, families still wait for homes', '{place} marks one year since the quake that killed {dead}'],
    },
    leads: {
      first: ['An earthquake of magnitude {mag} struck near {place} in {country} early on {weekday}, the seismological service said.', 'A powerful quake hit the {region} region at a shallow depth of {depth} kilometres, damaging buildings in {place}.'],
      update: ['The number of dead in {place} rose to {dead}, {official} said, as rescue teams worked through the night.', 'Aftershocks of up to magnitude {after} shook {place} while teams pulled survivors from collapsed blocks.'],
      aftermath: ['Weeks after the earthquake, {homeless} people in {place} still live in tents and containers.', 'An inquiry ordered by {official} is examining why so many newer buildings in {place} collapsed.'],
      resolution: ['Prosecutors in {country} charged {accused} builders over blocks that collapsed in {place}.', 'The government of {country} approved a {fund} fund to rebuild {place}, {official} announced.'],
      anniversary: ['One year after the magnitude {mag} earthquake that killed {dead} people, {place} is still rebuilding.'],
    },
    common: [
      'Rescue teams with sniffer dogs searched the rubble of collapsed buildings.',
      'The seismological service warned that strong aftershocks could follow for weeks.',
      'Hospitals in the region treated hundreds of injured people.',
      'Residents spent the night outdoors, afraid to return to damaged homes.',
      'Engineers said many buildings did not meet earthquake building codes.',
      'International aid teams arrived with tents, blankets and water.',
    ],
    specific: [
      'In {place}, {witness}, a shopkeeper, said the shaking lasted nearly a minute.',
      'The epicentre was about {dist} kilometres from {place}, at a depth of {depth} kilometres.',
      '{official} said {dead} people had died and {injured} were injured in the {region} region.',
      'The {place} quake left {homeless} people without a home.',
    ],
  },
  {
    kind: 'ruling',
    titles: {
      first: ['{court} strikes down {country} ban on {product}', 'Court overturns {government} rule on {product}', '{country} top court rules {product} ban unlawful'],
      update: ['{government} vows to appeal {product} ruling', '{minister} says government will rewrite {product} law', 'Retailers in {country} resume {product} sales after court ruling'],
      aftermath: ['{country} parliament debates new {product} bill', '{minister} unveils revised {product} rules after court defeat'],
      resolution: ['{country} passes new {product} law months after court ruling', '{court} upholds revised {product} rules'],
      anniversary: ['A year after the {product} ruling, {country} sales have doubled'],
    },
    leads: {
      first: ['The {court} ruled on {weekday} that the government ban on {product} breached the constitution, in a {votes} decision.', '{country}\'s highest court overturned a ban on {product} introduced by the {government} last year.'],
      update: ['{minister} said the {government} would appeal the ruling and draft a new law on {product}.', 'Shops across {country} began selling {product} again after the court decision.'],
      aftermath: ['Lawmakers in {country} began debating a bill that would restrict {product} instead of banning it.', '{minister} presented revised rules on {product} that the government says meet the court\'s objections.'],
      resolution: ['Parliament in {country} passed the new {product} law by {seats} votes.', 'The {court} said the revised {product} rules were lawful.'],
      anniversary: ['One year after the court ruling on {product}, {country} has licensed {licences} sellers.'],
    },
    common: [
      'The judges said the ban went further than needed to protect public health.',
      'Opponents of the ban had argued it breached the freedom to trade.',
      'Health groups said they were disappointed by the ruling.',
      'The government said it respected the court but disagreed with its reasoning.',
      'Legal experts said the decision could be cited in other countries.',
    ],
    specific: [
      '{minister}, the minister who introduced the ban, said the {court} had ignored the evidence.',
      'The case was brought by {plaintiff}, a trade group of {licences} businesses.',
      'Judge {judge} wrote the majority opinion in the {votes} ruling.',
    ],
  },
  {
    kind: 'trial',
    titles: {
      first: ['Former {role} {accused} goes on trial for corruption', 'Trial of ex-{role} {accused} opens in {city}'],
      update: ['Witness tells {accused} trial of cash payments', 'Prosecutors play recordings at {accused} corruption trial'],
      aftermath: ['Defence rests in {accused} corruption trial', 'Prosecutors seek {years} years for former {role} {accused}'],
      resolution: ['{accused} found guilty of corruption, sentenced to {years} years', 'Court convicts former {role} {accused} of taking bribes'],
      anniversary: ['{accused} loses appeal against corruption conviction'],
    },
    leads: {
      first: ['The trial of {accused}, the former {role} of {city}, opened on {weekday} with prosecutors accusing him of taking {bribe} in bribes.', 'Former {role} {accused} pleaded not guilty to corruption charges as his trial began in {city}.'],
      update: ['A former aide, {witness}, told the court she had handed {accused} envelopes of cash.', 'Prosecutors played recordings of {accused} discussing contracts for the {project}.'],
      aftermath: ['Lawyers for {accused} said the prosecution had failed to prove any payment.', 'Prosecutors asked the court to jail {accused} for {years} years over the {project} contracts.'],
      resolution: ['A court in {city} found {accused} guilty of taking {bribe} in bribes and sentenced him to {years} years in prison.'],
      anniversary: ['An appeals court upheld the conviction of {accused}, the former {role} of {city}.'],
    },
    common: [
      'The defendant denies all charges and says the case is politically motivated.',
      'Prosecutors say contracts were awarded in exchange for cash payments.',
      'The trial is expected to last several months.',
      'Anti-corruption campaigners were outside the courthouse.',
      'The judge warned the public gallery to stay silent.',
    ],
    specific: [
      'The charges relate to contracts for the {project} worth {value}.',
      '{accused} served as {role} of {city} for {tenure} years.',
      'Judge {judge} is presiding over the case in {city}.',
    ],
  },
  {
    kind: 'flood',
    titles: {
      first: ['Floods hit {place} after {rain} mm of rain', 'Heavy rain floods {river} valley, thousands evacuated', '{river} bursts its banks in {place}'],
      update: ['Flood death toll in {region} rises to {dead}', '{official} declares emergency as {river} keeps rising'],
      aftermath: ['{place} counts cost of floods as waters recede', 'Insurers estimate {value} in damage from {river} floods'],
      resolution: ['{country} approves flood defences for {river} valley', 'Report finds warnings ignored before {place} floods'],
      anniversary: ['One year after the {river} floods, {place} still repairing homes'],
    },
    leads: {
      first: ['Days of heavy rain sent the {river} over its banks in {place}, forcing {evacuated} people from their homes.', 'About {rain} millimetres of rain fell on {place} in 24 hours, flooding streets and cutting power.'],
      update: ['{official} declared a state of emergency in {region} as the death toll reached {dead}.', 'The {river} was expected to peak in {place} on {weekday}, forecasters said.'],
      aftermath: ['As the water went down, residents of {place} began clearing mud from their homes.', 'Insurers put the damage from the {river} floods at {value}.'],
      resolution: ['The government of {country} approved {value} for new defences along the {river}.', 'An official report found that flood warnings for {place} were issued too late.'],
      anniversary: ['A year after the {river} burst its banks, many homes in {place} are still empty.'],
    },
    common: [
      'Emergency services used boats to rescue people trapped in their homes.',
      'Roads and railway lines were closed and thousands of homes lost power.',
      'Forecasters warned of more heavy rain in the coming days.',
      'Scientists say warmer air holds more water, making extreme rain more likely.',
      'Farmers said crops had been destroyed across the valley.',
    ],
    specific: [
      'In {place}, the {river} rose {metres} metres above its normal level.',
      '{witness}, a resident of {place}, said the water reached the first floor within an hour.',
      '{official} said {dead} people had died in the {region} floods.',
    ],
  },
  {
    kind: 'crash',
    titles: {
      first: ['{airline} flight {flight} crashes near {place} with {aboard} on board', 'Plane carrying {aboard} people crashes after take-off from {place}'],
      update: ['Investigators recover black boxes from {airline} crash', 'Families of {airline} flight {flight} victims gather in {city}'],
      aftermath: ['Preliminary report on {airline} crash points to engine failure', '{airline} grounds {model} fleet after {place} crash'],
      resolution: ['Final report blames maintenance for {airline} flight {flight} crash', '{airline} agrees compensation with families of crash victims'],
      anniversary: ['Families mark a year since {airline} flight {flight} crash near {place}'],
    },
    leads: {
      first: ['An {airline} {model} carrying {aboard} people crashed shortly after take-off from {place} on {weekday}, officials said.'],
      update: ['Investigators recovered the flight data and cockpit voice recorders of {airline} flight {flight}.', 'Relatives of passengers on {airline} flight {flight} waited for news at the airport in {city}.'],
      aftermath: ['A preliminary report said the left engine of the {model} failed {seconds} seconds after take-off.', '{airline} grounded its {model} aircraft while checks were carried out.'],
      resolution: ['Investigators said poor maintenance caused the engine failure that brought down {airline} flight {flight}.', '{airline} reached a compensation agreement with the families of the {dead} victims.'],
      anniversary: ['Relatives gathered near {place} one year after {airline} flight {flight} crashed, killing {dead}.'],
    },
    common: [
      'The aircraft lost contact with air traffic control minutes after take-off.',
      'Investigators will examine the flight data and cockpit voice recorders.',
      'The airline said it was cooperating fully with the investigation.',
      'Aviation experts said most crashes happen during take-off or landing.',
      'The aircraft manufacturer sent a team to help investigators.',
    ],
    specific: [
      'Flight {flight} was bound for {city} with {aboard} passengers and crew.',
      'The {model} was {age} years old, {airline} said.',
      '{official}, head of the investigation board, said {dead} people had died.',
    ],
  },
  {
    kind: 'rates',
    titles: {
      first: ['{bank} raises interest rate to {rate}%', '{bank} lifts rates by {step} points to fight inflation'],
      update: ['{currency} strengthens after {bank} rate rise', 'Mortgage lenders in {country} raise rates after {bank} move'],
      aftermath: ['{country} inflation slows to {inflation}% after {bank} rate rises', '{governor} signals pause in {bank} rate rises'],
      resolution: ['{bank} cuts interest rate to {rate2}% as inflation eases', '{bank} holds rates, {governor} says job is not done'],
      anniversary: ['A year of high rates at {bank}: what changed for borrowers'],
    },
    leads: {
      first: ['The {bank} raised its main interest rate by {step} basis points to {rate}% on {weekday}, its {nth} increase this year.'],
      update: ['The {currency} rose against the dollar after the {bank} decision.', 'Lenders in {country} raised mortgage rates within hours of the {bank} decision.'],
      aftermath: ['Inflation in {country} slowed to {inflation}% in the latest month, official data showed.', '{governor}, the {bank} governor, said rates might stay at {rate}% for some time.'],
      resolution: ['The {bank} cut its main rate to {rate2}%, saying inflation was back under control.'],
      anniversary: ['Borrowers in {country} have faced a year of rates near {rate}% since the {bank} began raising them.'],
    },
    common: [
      'Economists had expected the central bank to raise rates again.',
      'Higher interest rates make borrowing more expensive for households and businesses.',
      'The bank said inflation remained well above its target.',
      'Markets reacted calmly to the decision.',
      'Critics say higher rates risk pushing the economy into recession.',
    ],
    specific: [
      '{governor} told reporters that the {bank} would do what was needed to bring inflation down from {inflation}%.',
      'The decision of the {bank} board was {votes}.',
    ],
  },
  {
    kind: 'strike',
    titles: {
      first: ['{union} rail workers strike across {country}', 'Trains halted as {union} walks out over pay'],
      update: ['{union} and {operator} talks break down', 'Second week of {union} rail strike disrupts commuters in {city}'],
      aftermath: ['{union} members vote on {operator} pay offer', '{minister} steps in to end {union} rail dispute'],
      resolution: ['{union} accepts {raise}% pay deal, ending rail strike', 'Rail strike over as {union} and {operator} sign deal'],
      anniversary: ['A year after the {union} strike, {operator} fares rise again'],
    },
    leads: {
      first: ['Members of the {union} union walked out on {weekday}, halting most trains run by {operator} across {country}.'],
      update: ['Talks between the {union} and {operator} collapsed after {hours} hours without agreement.', 'Commuters in {city} faced a second week of cancelled trains.'],
      aftermath: ['{union} members began voting on an offer from {operator} of {raise}% over two years.', '{minister} invited {union} and {operator} leaders to talks at the ministry.'],
      resolution: ['The {union} union accepted a {raise}% pay rise, ending a strike that lasted {days} days.'],
      anniversary: ['Fares on {operator} trains rose {fare}% a year after the {union} strike ended.'],
    },
    common: [
      'The union says pay has not kept up with rising prices.',
      'The rail operator says it cannot afford the pay rise the union wants.',
      'Passengers were advised to work from home if they could.',
      'Freight trains were also affected by the walkout.',
      'Business groups say strikes are costing the economy millions a day.',
    ],
    specific: [
      '{leader}, general secretary of the {union}, said members would not accept less than {raise}%.',
      'The {union} represents {members} workers at {operator}.',
    ],
  },
  {
    kind: 'wildfire',
    titles: {
      first: ['Wildfire forces evacuation of {place}', 'Fire burns {hectares} hectares near {place} as winds rise'],
      update: ['Firefighters gain ground on {place} wildfire', '{place} wildfire destroys {homes} homes'],
      aftermath: ['Investigators say {place} fire was started by power line', '{place} residents return to burned homes'],
      resolution: ['{utility} to pay {value} over {place} wildfire', 'Man charged with starting {place} fire'],
      anniversary: ['A year after the fire, {place} regrows'],
    },
    leads: {
      first: ['A wildfire driven by strong winds forced {evacuated} people to leave {place} on {weekday}.'],
      update: ['Firefighters said the {place} fire was {contained}% contained after burning {hectares} hectares.', 'The fire near {place} has destroyed {homes} homes, {official} said.'],
      aftermath: ['Investigators said a power line owned by {utility} sparked the fire near {place}.', 'Residents of {place} were allowed back to see what was left of their homes.'],
      resolution: ['{utility} agreed to pay {value} to settle claims over the {place} wildfire.'],
      anniversary: ['One year after {hectares} hectares burned around {place}, green shoots cover the hills.'],
    },
    common: [
      'Hot, dry weather and strong winds helped the fire spread quickly.',
      'Water-bombing aircraft joined crews on the ground.',
      'Smoke from the fire could be seen from many kilometres away.',
      'Scientists say hotter summers are making wildfires more frequent.',
      'Evacuation centres were opened in schools and sports halls.',
    ],
    specific: [
      '{official}, the regional fire chief, said crews were protecting homes in {place}.',
      '{witness} said she left {place} with only her passport and her dog.',
    ],
  },
  {
    kind: 'merger',
    titles: {
      first: ['{buyer} agrees to buy {target} for {value}', '{buyer} to acquire rival {target} in {value} deal'],
      update: ['{target} shares jump on {buyer} takeover', 'Unions fear job cuts after {buyer}-{target} deal'],
      aftermath: ['Regulators open probe into {buyer} takeover of {target}', '{buyer} offers to sell assets to win {target} approval'],
      resolution: ['Regulators approve {buyer} purchase of {target}', '{buyer} completes {target} takeover, cuts {jobs} jobs'],
      anniversary: ['A year after buying {target}, {buyer} profits rise'],
    },
    leads: {
      first: ['{buyer} agreed on {weekday} to buy {target} for {value}, creating the largest {sector} company in {region}.'],
      update: ['Shares in {target} rose {jump}% after the {buyer} offer was announced.', 'Unions at {target} said they feared the {buyer} deal would cost jobs.'],
      aftermath: ['Competition regulators said they would investigate whether the {buyer} deal would raise prices.', '{buyer} offered to sell some plants to win approval for its takeover of {target}.'],
      resolution: ['Regulators approved the {value} takeover of {target} by {buyer}, with conditions.', '{buyer} said it would cut {jobs} jobs after completing the purchase of {target}.'],
      anniversary: ['{buyer} reported higher profits a year after it bought {target}.'],
    },
    common: [
      'The deal still needs approval from competition regulators.',
      'Analysts said the takeover would give the combined company more pricing power.',
      'The boards of both companies recommended the offer to shareholders.',
      'Bankers said the deal was one of the largest in the sector this year.',
    ],
    specific: [
      '{ceo}, chief executive of {buyer}, said the deal would save {savings} a year.',
      'The combined {sector} company will have {staff} employees.',
    ],
  },
  {
    kind: 'election',
    titles: {
      first: ['{country} votes in presidential election', 'Polls open in {country} election'],
      update: ['{winner} leads {country} presidential vote count', '{winner} wins {country} presidency with {share}%'],
      aftermath: ['{loser} challenges {country} election result in court', '{winner} names {pm} as prime minister'],
      resolution: ['Court rejects {loser} challenge to {country} election', '{winner} sworn in as president of {country}'],
      anniversary: ['{winner}\'s first year as president of {country}'],
    },
    leads: {
      first: ['Voters in {country} went to the polls on {weekday} to choose a president, with {winner} and {loser} the main candidates.'],
      update: ['With most votes counted, {winner} had {share}% against {share2}% for {loser}.'],
      aftermath: ['{loser} asked the constitutional court to annul the result, alleging fraud in {region}.', 'President-elect {winner} named {pm} to lead the government.'],
      resolution: ['The constitutional court rejected the challenge brought by {loser}.', '{winner} took the oath of office in {city}.'],
      anniversary: ['A year after taking office, {winner} has kept some of the promises made in the campaign.'],
    },
    common: [
      'Turnout was higher than at the last election, the electoral commission said.',
      'International observers said the vote was largely orderly.',
      'The economy and corruption dominated the campaign.',
      'Polling stations closed in the evening and counting began at once.',
    ],
    specific: [
      '{winner}, a former {winnerRole}, campaigned on a promise to {promise}.',
      '{loser} had led the polls until the last week of the campaign.',
    ],
  },
]

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/**
 * The events: pairs of look-alikes first (same kind, usually same region, years apart), then
 * single events. Slots a kind does not use are harmless.
 */
export const EVENTS: EventFacts[] = [
  { kind: 'earthquake', start: '2019-11-26', slots: { place: 'Durres', country: 'Albania', region: 'Adriatic coast', mag: '6.4', dead: '51', injured: '900', official: 'Prime Minister Edi Rama', homeless: '14,000', fund: '€400 million', accused: 'nine', after: '5.3', depth: '20', dist: '30', witness: 'Arben Hoxha' } },
  { kind: 'earthquake', start: '2023-02-06', slots: { place: 'Kahramanmaras', country: 'Turkey', region: 'south-east', mag: '7.8', dead: '50,000', injured: '100,000', official: 'President Recep Tayyip Erdogan', homeless: '1.5 million', fund: '$100 billion', accused: '200', after: '7.5', depth: '17', dist: '25', witness: 'Mehmet Yilmaz' } },
  { kind: 'earthquake', start: '2020-10-30', slots: { place: 'Izmir', country: 'Turkey', region: 'Aegean', mag: '7.0', dead: '117', injured: '1,030', official: 'Health Minister Fahrettin Koca', homeless: '15,000', fund: '$300 million', accused: '11', after: '5.1', depth: '16', dist: '70', witness: 'Ayse Demir' } },
  { kind: 'earthquake', start: '2016-08-24', slots: { place: 'Amatrice', country: 'Italy', region: 'central Apennines', mag: '6.2', dead: '299', injured: '400', official: 'Prime Minister Matteo Renzi', homeless: '4,000', fund: '€4.5 billion', accused: 'six', after: '4.5', depth: '4', dist: '10', witness: 'Giulia Conti' } },
  { kind: 'earthquake', start: '2022-11-21', slots: { place: 'Cianjur', country: 'Indonesia', region: 'West Java', mag: '5.6', dead: '335', injured: '7,700', official: 'President Joko Widodo', homeless: '73,000', fund: '$200 million', accused: 'four', after: '4.2', depth: '10', dist: '18', witness: 'Siti Rahayu' } },
  { kind: 'ruling', start: '2021-03-18', slots: { court: 'Constitutional Court', country: 'Portugal', government: 'Lisbon government', product: 'e-cigarette', minister: 'Marta Temido', votes: '7-6', seats: '120', licences: '2,300', plaintiff: 'Vapor Portugal', judge: 'Joao Caupers' } },
  { kind: 'ruling', start: '2024-06-12', slots: { court: 'Supreme Court', country: 'Brazil', government: 'Brasilia government', product: 'e-cigarette', minister: 'Nisia Trindade', votes: '6-5', seats: '301', licences: '8,100', plaintiff: 'Abrafumo', judge: 'Luis Roberto Barroso' } },
  { kind: 'ruling', start: '2022-09-05', slots: { court: 'Federal Court', country: 'Germany', government: 'Berlin government', product: 'cannabis', minister: 'Karl Lauterbach', votes: '5-3', seats: '407', licences: '1,200', plaintiff: 'Hanfverband', judge: 'Doris Konig' } },
  { kind: 'ruling', start: '2025-01-22', slots: { court: 'Supreme Court', country: 'Mexico', government: 'Mexico City government', product: 'cannabis', minister: 'Luisa Maria Alcalde', votes: '8-3', seats: '350', licences: '4,700', plaintiff: 'Mexicanos Unidos', judge: 'Norma Pina' } },
  { kind: 'trial', start: '2018-04-10', slots: { accused: 'Viktor Moroz', role: 'mayor', city: 'Odesa', bribe: '$2 million', witness: 'Olena Savchuk', project: 'port terminal', years: '8', value: '$90 million', tenure: '6', judge: 'Andriy Koval' } },
  { kind: 'trial', start: '2023-09-18', slots: { accused: 'Stefan Ionescu', role: 'mayor', city: 'Constanta', bribe: '€3 million', witness: 'Ioana Popa', project: 'ring road', years: '7', value: '€140 million', tenure: '9', judge: 'Mihai Dobre' } },
  { kind: 'trial', start: '2020-02-03', slots: { accused: 'Carlos Ferreira', role: 'governor', city: 'Rio de Janeiro', bribe: '$15 million', witness: 'Ana Souza', project: 'metro extension', years: '14', value: '$1.2 billion', tenure: '4', judge: 'Marcelo Bretas' } },
  { kind: 'flood', start: '2021-07-14', slots: { place: 'Bad Neuenahr', river: 'Ahr', country: 'Germany', region: 'Rhineland-Palatinate', rain: '150', dead: '134', official: 'Malu Dreyer', value: '€30 billion', evacuated: '65,000', metres: '7', witness: 'Klaus Weber' } },
  { kind: 'flood', start: '2024-09-15', slots: { place: 'Nysa', river: 'Nysa Klodzka', country: 'Poland', region: 'Lower Silesia', rain: '400', dead: '9', official: 'Donald Tusk', value: '€3.5 billion', evacuated: '20,000', metres: '4', witness: 'Anna Kowalska' } },
  { kind: 'flood', start: '2023-05-16', slots: { place: 'Faenza', river: 'Lamone', country: 'Italy', region: 'Emilia-Romagna', rain: '200', dead: '17', official: 'Stefano Bonaccini', value: '€8.8 billion', evacuated: '36,000', metres: '5', witness: 'Marco Rossi' } },
  { kind: 'crash', start: '2019-03-10', slots: { airline: 'Ethiopian Airlines', flight: 'ET302', place: 'Bishoftu', city: 'Nairobi', aboard: '157', model: 'Boeing 737 MAX 8', dead: '157', seconds: '6', official: 'Dagmawit Moges', age: 'four months', country: 'Ethiopia' } },
  { kind: 'crash', start: '2022-03-21', slots: { airline: 'China Eastern', flight: 'MU5735', place: 'Wuzhou', city: 'Guangzhou', aboard: '132', model: 'Boeing 737-800', dead: '132', seconds: '90', official: 'Zhu Tao', age: 'six', country: 'China' } },
  { kind: 'crash', start: '2023-01-15', slots: { airline: 'Yeti Airlines', flight: 'YT691', place: 'Pokhara', city: 'Kathmandu', aboard: '72', model: 'ATR 72', dead: '72', seconds: '40', official: 'Dipak Prasad Bastola', age: '15', country: 'Nepal' } },
  { kind: 'rates', start: '2022-07-21', slots: { bank: 'European Central Bank', rate: '0.5', rate2: '3.75', step: '50', currency: 'euro', country: 'the euro zone', inflation: '8.6', governor: 'Christine Lagarde', nth: 'first', votes: 'unanimous' } },
  { kind: 'rates', start: '2023-08-03', slots: { bank: 'Bank of England', rate: '5.25', rate2: '5', step: '25', currency: 'pound', country: 'Britain', inflation: '7.9', governor: 'Andrew Bailey', nth: 'fourteenth', votes: '6-3' } },
  { kind: 'rates', start: '2024-03-19', slots: { bank: 'Bank of Japan', rate: '0.1', rate2: '0.25', step: '20', currency: 'yen', country: 'Japan', inflation: '2.8', governor: 'Kazuo Ueda', nth: 'first', votes: '7-2' } },
  { kind: 'strike', start: '2022-06-21', slots: { union: 'RMT', operator: 'Network Rail', country: 'Britain', city: 'London', minister: 'Grant Shapps', raise: '9', hours: '12', days: '210', fare: '5.9', leader: 'Mick Lynch', members: '40,000' } },
  { kind: 'strike', start: '2024-01-10', slots: { union: 'GDL', operator: 'Deutsche Bahn', country: 'Germany', city: 'Frankfurt', minister: 'Volker Wissing', raise: '13', hours: '30', days: '95', fare: '4.9', leader: 'Claus Weselsky', members: '40,000' } },
  { kind: 'wildfire', start: '2018-11-08', slots: { place: 'Paradise', hectares: '62,000', homes: '18,800', evacuated: '52,000', contained: '35', official: 'Cal Fire chief Ken Pimlott', utility: 'PG&E', value: '$13.5 billion', witness: 'Rebecca Hill' } },
  { kind: 'wildfire', start: '2023-08-08', slots: { place: 'Lahaina', hectares: '850', homes: '2,200', evacuated: '11,000', contained: '89', official: 'Maui fire chief Bradford Ventura', utility: 'Hawaiian Electric', value: '$4 billion', witness: 'Keala Kahale' } },
  { kind: 'wildfire', start: '2021-08-03', slots: { place: 'Evia', hectares: '51,000', homes: '400', evacuated: '3,000', contained: '60', official: 'Civil protection chief Nikos Hardalias', utility: 'ADMIE', value: '€500 million', witness: 'Eleni Papadaki' } },
  { kind: 'merger', start: '2021-11-30', slots: { buyer: 'Veolia', target: 'Suez', value: '€13 billion', sector: 'water', region: 'Europe', jump: '18', jobs: '1,200', ceo: 'Antoine Frerot', savings: '€500 million', staff: '220,000' } },
  { kind: 'merger', start: '2024-04-22', slots: { buyer: 'Nordmetal', target: 'Baltsteel', value: '€6 billion', sector: 'steel', region: 'northern Europe', jump: '27', jobs: '2,400', ceo: 'Henrik Lund', savings: '€350 million', staff: '48,000' } },
  { kind: 'election', start: '2019-04-21', slots: { country: 'Ukraine', winner: 'Volodymyr Zelensky', loser: 'Petro Poroshenko', share: '73', share2: '24', pm: 'Oleksiy Honcharuk', city: 'Kyiv', region: 'the east', winnerRole: 'comedian', promise: 'end the war in the Donbas' } },
  { kind: 'election', start: '2024-05-25', slots: { country: 'Lithuania', winner: 'Gitanas Nauseda', loser: 'Ingrida Simonyte', share: '75', share2: '25', pm: 'Gintautas Paluckas', city: 'Vilnius', region: 'Kaunas', winnerRole: 'bank economist', promise: 'raise defence spending' } },
  { kind: 'election', start: '2023-10-22', slots: { country: 'Argentina', winner: 'Javier Milei', loser: 'Sergio Massa', share: '56', share2: '44', pm: 'Guillermo Francos', city: 'Buenos Aires', region: 'Cordoba', winnerRole: 'economist', promise: 'dollarise the economy' } },
]

export const weekdayOf = (date: Date) => WEEKDAYS[(date.getUTCDay() + 6) % 7]
