/**
 * Size budgets, in gzip bytes of minified browser bundles (see test/size.test.ts).
 * Raise a ceiling only in the commit that causes the growth, with a comment saying
 * why (zod's rule). The first ceilings are the first measurement plus about 20%.
 */

/**
 * The parser bundled with everything it imports, as a web page ships it. It carries
 * no zod (it imports only types from @lsmp/model). The goal is micromark's 15 KB
 * (MICROMARK_GZIP); the layout rules for other bodies' minutes took it to 21.1 KB
 * (measured 2026-11-25, session 1), then to 30.6 KB (session 2): every regular
 * expression rewritten to run in linear time (issue 8, loops are longer than patterns),
 * cheap pre-tests on hot paths (issue 9), and the layouts of other bodies' minutes
 * (issue 3: parish rosters written as prose, stand-ins, numbered sentences, plain
 * headings, committee websites, steering-committee notes, body and venue lines). The
 * ceiling holds that size with about 10% for more rules while the goal stays a known
 * gap (test/size.test.ts marks it); the real fix is the parser redesign of issue 9.
 * Session 3 took it to 36.5 KB (measured after merging main, 2026-11-26): the
 * village-minute layouts of the parish newsletters (run-in headings in capitals, items
 * run on inside a paragraph, roster tables flattened into titled names, labelled
 * paragraphs, apologies sentences: about 2.3 KB) on top of main's own session-3 rules.
 * The ceiling moves to 37 KB; the redesign of issue 9 stays the way back down.
 * The layouts of working groups, standards bodies, student teams and societies (given
 * names and handles as rosters, regrets, scribes, attendees listed after the items,
 * action-item lists outside the items, telecon titles: about 1.7 KB) took it to 38.2 KB
 * (measured 2026-11-26, branch bodies, after merging main); the ceiling moves to 39 KB.
 * The board-minute layouts that followed (header fields and roster tables flattened by
 * web pages, indented numbered points) left it at 38.8 KB, inside that ceiling.
 * Session 4 (2026-11-26): partnership-board layouts of other years (roster tables read by
 * their column captions or exported one cell to a line, substitutes lists, minute takers,
 * chair marks after a post, venues after the times, subtitles after a colon) took it to
 * 39.8 KB; the ceiling moves to 41 KB.
 * The boards4 branch's partnership-board layouts (officials and advisors headings, initials
 * run into names, posts before dashes and acronyms, stand-ins named in apologies sentences,
 * slash-flattened cells and indented item lists, memo fields, N.0 paragraphs numbering their
 * heading: about 2 KB) took it to 42.1 KB after merging main; the ceiling moves to 43 KB.
 * The oss4 branch (governance notes: issue bullets, stand-ups, zoned times, upcoming
 * meetings) left it at 42.7 KB; the parish4 branch (village run-in headings ending at
 * clauses and tasks, mid-line "Item N", apologies and chair sentences, guests after a public
 * count: about 1.7 KB) took it to 44.4 KB (measured 2026-11-26 after merging it into main);
 * the ceiling moves to 45 KB. In session 5, lookups that keep long documents linear (an index of
 * the roster's organisations and names, an index of actions' words for finding repeats) and the
 * action column kept beside the text by a PDF layout export took it to 46.6 KB (measured
 * 2026-11-26): the ceiling moves to 47 KB. The oss5 branch (governance notes: one-word members and
 * handle-first entries in present lists, abbreviation columns with empty cells, topic bullets under
 * "Minutes", reviews of the last meeting, "ACTION:" bullets, links typed with a space: about 0.7 KB)
 * took it to 47.3 KB after merging main (2026-11-26); the ceiling moves to 48 KB. The parish5 branch
 * (village minutes: numbers the minutes skip confirmed by the next heading, bold run-in titles, bold
 * unnumbered headings, glued titles and weekdays, dashes against roster labels: about 0.8 KB) took it
 * to 48.2 KB after merging main (2026-11-26); the ceiling moves to 49 KB. The boards5 branch (group
 * minutes published as web pages: combined attendees-and-apologies headings, attendance marks in
 * brackets, labelled page fields, members marked absent, lists whose heading was lost, devolved bodies'
 * list names, running item numbers alone on a line: about 2 KB) took it to 50.4 KB after merging main
 * (2026-11-26); the ceiling moves to 51 KB. The goal stays the known gap the redesign of issue 9 is for.
 * Session 6 (2026-11-26): action tables exported one cell to a line with no blank lines (rows told
 * apart by counting cells) took it to 51.1 KB; the ceiling moves to 52 KB. The oss6 branch (governance
 * notes: YAML front matter listing the people, slide sub-headings under numbered topics, people written
 * twice, bodies listed before the names, agenda bullets repeated under "Minutes", given names among full
 * names, points under owned actions: about 0.5 KB) took it to 52.3 KB after merging main (wrapped roster
 * lines and headings); the ceiling moves to 53 KB. The wild6 branch (minutes of clubs, societies,
 * makerspaces and steering groups: time fields, actions labelled without a colon or with the owner before
 * a dash, action-summary lists, markdown action tables with Description columns, people written with
 * initials and units, TOML front matter, pandoc marks: about 1.3 KB) and main's page headers in mixed case
 * took it to 54.0 KB (2026-11-26); the ceiling moves to 55 KB. The boards6 branch (roster rows whose tab
 * or space between initials, name and description a Word or PDF export lost, members listed by initials
 * alone, list labels run into one paragraph, pipe rows closed by one pipe, item numbers glued to their
 * title, dashed rows cut by the page width, headless lists spaced by blank lines: about 1.8 KB) took it to
 * 55.7 KB after merging main (2026-11-26); the ceiling moves to 56 KB. The parish6 branch (village minutes
 * reprinted by a newsletter: the minutes' own heading under an editor's caption, an agenda printed above the
 * minutes, header tables with fields beside the list, HTML cell breaks and entities, lists numbered inside an
 * item, list lines under unnumbered headings: about 1.5 KB) took it to 57.2 KB after merging main
 * (2026-11-26); the ceiling moves to 58 KB.
 * Session 7 (2026-11-26): the lead's start times stated in sentences, "Meeting Location" fields and one
 * bullet rule left it at 57.3 KB; the wild7 branch (minutes of community groups: slash-parted name lists,
 * roles in square brackets, list labels with dashes, chairs named in the opening sentence, action tags
 * without a colon closing a paragraph, owners after a closing dash or under a topic label, repeated actions
 * under unnumbered headings: about 0.8 KB) took it to 58.4 KB after merging it; the ceiling moves to 59 KB.
 * The parish7 branch (Welsh, Scottish, Irish and English council minutes: capitals headings split over lines,
 * "PRESENT IN THE CHAIR", officials written "Post (Name)", plural titles carried over a list, captions and
 * markup lines that are no title, "Minute no. 5", titles in capitals before a colon: about 1.6 KB) took it to
 * 60.0 KB; the meta7 branch (the corpora re-laid as PDF exports: hanging indents in tabbed rosters, stacked
 * rows without blank lines, an acronym secretariat heading without a colon, action tags a wrap moved, initials
 * from speakers, first-page footers: about 0.6 KB) and the boards7 branch (board pages: one table cell per
 * paragraph, minute numbers in parts, Roman item numbers, committee pages' body and venue fields, minute takers
 * named in a sentence, "Action" lines in one-line paragraphs: about 1.2 KB) took it to 61.8 KB after merging
 * them (2026-11-26); the ceiling moves to 62 KB. The oss7 branch (working-group notes of Node.js, Electron,
 * OpenSSF, CVE, Falco, W3C, Babel and the ASF: agenda entries as items, "Who Joined" and roll-call lists, handle
 * lists with full names, "(Action)" labels and check boxes, "MC"/"Host" chairs, minutes told by their Decisions
 * and Action Items headings: about 1.2 KB) took it to 63.0 KB after merging it; the ceiling moves to 64 KB.
 * Session 8 (2026-11-26): the lead's plain headings around a numbered list, captions that head no topic, titles
 * ending at their date, places after "held at <time>" and front matter's start, end and venue (about 0.4 KB);
 * the oss8 branch (steering-committee notes: check-box rolls, affiliation columns, company suffixes, agenda copies
 * read once, action lists through status sub-headings: about 1.1 KB) and the wild8 branch (society minutes:
 * "Item 1/13:" numbers, sentence-case labels, group labels inside run-on rosters, dash-keyed groups: about
 * 0.4 KB) took it to 65.0 KB after merging them; the ceiling moves to 66 KB. The parish8 branch (council minutes
 * flattened into one paragraph by a PDF export: item numbers inside the line, glued "Cllr" names, a roster table
 * flattened into one line, newsletter reprints' titles: about 1.0 KB) and the meta8 branch (the corpora as other
 * converters give them: pandoc grid tables, underlined headings, two-space columns, an attendance column, Roman
 * item numbers, action tables with empty cells, pdftotext cells wrapped or read down: about 1.5 KB) took it to
 * 67.6 KB after merging them; the ceiling moves to 68 KB. The lead's motion outcomes and the boards8 branch
 * (partnership boards: apologies sentences with initials and observers, a "Present:" list inside the first item,
 * "Post Name (II);" entries, "Name (II) – Post, Body" rows, "Staff:"/"Minute Taker:" labels, "Action WN to ..."
 * without a colon: about 0.7 KB) took it to 68.3 KB after merging it; the ceiling moves to 69 KB.
 * Session 9 (2026-11-26): the lead's header rules (places under the date and between dashes, addresses, "Duration"
 * fields, "met on" sentences, bodies by initials or municipality: about 0.5 KB) and the meta9 branch (the other
 * bodies' minutes as web pages saved as HTML, WordPress posts, Google Docs text and Word tables: tags read as the
 * markdown they stand for, entities decoded, headings that lost their marks, initials set off by a dash: about
 * 1.4 KB) took it to 70.3 KB after merging it; the ceiling moves to 71 KB. The wild9 branch (club, union, church
 * and patient-group rosters: numbered roster parts, headless given names with initials, glued labels, a collapsed
 * side column of initials: about 0.7 KB), the parish9 branch (rosters written as sentences, list separators that
 * slipped, apologies said in sentences, labelled paragraphs as topics: about 1.6 KB), the boards9 branch (two
 * columns of members under a repeated caption, staff tables, rows flattened with slashes, names parted only by
 * their titles: about 0.6 KB) and the oss9 branch (empty template sections, timeboxes, agenda issues under
 * announcements, handle rows, numbered action lists: about 0.5 KB) took it to 73.8 KB after merging them; the
 * ceiling moves to 74 KB. Session 10's header rules (titles wrapped before when or before their place's last word,
 * Scottish "Minute of" titles, uploaders' captions, a flattened page's title ended before its roster and the lists
 * after it cut at their labels: about 0.6 KB) took it to 74.4 KB; the ceiling moves to 75 KB. The liaison10 branch
 * (liaison committees and residents' associations: headless lists of titled people, stand-ins "in lieu of", those
 * present in the chair's welcome, posts after names, "Action." labels, postponed next meetings: about 0.8 KB) took
 * it to 75.2 KB; the ceiling moves to 76 KB. The wild10 branch (hackspace, co-op and charity minutes: roll calls,
 * in-person and online lists, space-parted initials, section headings as topics, bracketed and unsure action owners:
 * about 0.6 KB), the lead's yearless header dates (about 0.1 KB) and the boards10 branch (health boards' "Name INI
 * Post" rows, NHS minute numbers, "Name, Chairman", minute-taker posts: about 0.3 KB) took it to 76.2 KB; the
 * ceiling moves to 77 KB. The oss10 branch (standards forums and foundation working groups: chat-name rosters,
 * initials stated in the notes, roll marks, "called to order by": about 0.8 KB) took it to 77.0 KB, and the parish10
 * branch (township boards' prose rosters with posts, duties sections as actions, HTML list headings: about 1.0 KB)
 * to 78.3 KB; the ceiling moves to 79 KB. Session 11's five branches (partnership rosters flattened by converters;
 * councils' plural titles, post-first officers and headers; North American rolls, WebLink pages and synopsis times;
 * open-source notes' slash roll calls, MeetBot topics and discussion tables; a wide set's roster openings, titles and
 * start times) and the lead's rules (labels and times glued by converters, clock headings, first page numbers, title
 * blocks over unnumbered topics) took it to 86.5 KB; the ceiling moves to 87 KB. Session 12's five branches (committee
 * websites' "No. | Item" tables, issue and agenda-item pages; migration partnerships' run-on regrets, letterheads and
 * month-first dates; university councils', senates' and governing boards' rolls, paired governor tables and surname
 * rolls; public bodies' captioned action lists, means and credentials; clubs' and trustees' tagged actions, officers
 * by initials and wiki action lists) and the lead's rules (year-first minute numbers, initials-only apologies, absent
 * sentences, dash-closed labels, posts before names, right-hand initials columns) took it to 94.4 KB; the ceiling
 * moves to 95 KB. Session 13's five branches (health boards' attendance labels, flattened name and post columns and
 * form fields; safeguarding partnerships' slash-flattened attendance tables, action logs and police ranks; London
 * bodies' committee pages, borough-first rosters and substitute sentences; unions' and voluntary bodies' bare action
 * labels, union titles and bulleted pages; commissions' repository pages, viewer controls and long flattened titles)
 * and the lead's rules (bodies named by more kinds, venues from opening sentences and title endings, actual start
 * and stated close, standard items before a dash) took it to 102.9 KB; the ceiling moves to 104 KB. Session 14's five
 * branches (migration partnerships' glued roster cells, spoken initials and witness lists; parish councils' present
 * items, running minute numbers, breadcrumbs and page preludes; open-source notes' agenda bullets, front-matter dates and
 * cadence words; standards bodies' chat-name rosters, register-keyed actions, quoted replies and IRC logs; community
 * groups' prose rosters, glued labels and paired columns) and the lead's rules (lost item numbers, the body's and the
 * venue's plausibility, sharing-site captions) took it to 109.0 KB; the ceiling moves to 110 KB. Session 15's first
 * merges of five branches (advisory committees' group labels and keyed lines; universities' grades of professor,
 * consultants and represented members; US councils' sentence roll calls and agenda codes; Commonwealth councils'
 * officer runs and meeting-place venues; societies' officer lists and action records) and the lead's rules (names run
 * together, initials rows, cell-per-line posts, part attendance) took it to 112.9 KB; the ceiling moved to 114 KB. The
 * branches' last commits (Roman numbering over sub-lists, dates in words, convened meetings, couples, post-first rows,
 * location fields, apologies sentences) and the lead's bodies from opening sentences, paper references and flowed
 * list labels and places that go on after a comma took it to 115.7 KB; the ceiling moved to 116 KB. Session 16's five
 * branches (international bodies' delegations by country, agency lists and inline agendas; business bodies' clock-first
 * openings, handles and actionable checklists; housing bodies' slash-flattened forms, capitals headings and glued titles;
 * culture bodies' slash lists, bracketed runs and yearless dates; environment bodies' roll marks, Jr./Sr. and name-office
 * rows) and the lead's rules (action lines in notes with no items, initials-led table runs, zero item numbers, spaced
 * ordinals, double particles, "Also present were", numbered labels with no colon) took it to 121.6 KB; the ceiling moves
 * to 122 KB. Session 17's lead rules (action lists captioned when agreed, names and bodies parted by one space, "Name of
 * Body" apologies, the unnumbered opening item, agendas whose titles come again as headings, bulleted "Name, post" blocks)
 * took it to 122.9 KB; the ceiling moved to 124 KB. Its first three branches (finance bodies' lists by acronym, clock-first
 * openings and ePaper heads; transport bodies' bracketed item numbers, Māori and English labels and "Action Point" owners;
 * ethics bodies' absence labels, military ranks and "Name (INI) : Post" runs) and the lead's linked posts before names
 * took it to 125.4 KB; the ceiling moves to 127 KB. The last two branches (planning bodies' alternates and public labels,
 * page-foot dates and adjournment motions; workplace bodies' joint chairs, quorum words, officers two to a row and roll-call
 * votes) and the lead's afternoon clocks and dotted ranks took it to 126.4 KB, within it. Session 18's lead rules (surnames
 * that are words of minutes, label-name-post tables, posts before their areas, "Attendees and apologies" in two blocks,
 * bodies after the record's kind, a log's actions by number and owners) took it to 127.3 KB; the ceiling moved to 128 KB.
 * Its five branches (student bodies' Pandoc title blocks, chairs' posts from the call to order and caption posts; sport
 * bodies' year-last minute numbers, glued group labels and "opened the meeting" chairs; faith bodies' clergy styles, stray
 * brackets and "Present were" lines; utilities' paragraph rows, initials-and-surname runs and drainage-board member kinds;
 * justice bodies' grouped bullets, "Councillor's Apology" and titles from the body's name) took it to 131.2 KB; the
 * ceiling moved to 132 KB. Session 19's lead rules (apologies sent under the lists, "called to order" with any subject,
 * "between" ranges and adjournments, the next meeting named with the body's words) took it to 131.3 KB; its five branches
 * (library boards' acting chairs, remote participants and couples; resilience bodies' three-cell rosters and guests'
 * labels; farming bodies' run-together list labels and job words; disability bodies' interpreters, semicolon groups and
 * "Name; Post" lists; tenants' lost-comma pairs, cut names and letterhead bodies) took it to 134.1 KB; the ceiling moved
 * to 135 KB. Session 20's lead rules (rosters written surname first, service ranks, one diagnostic per span, Roman numbering
 * checks, lists after an opening item's sentence) and its five branches (special districts' "#1:" item labels and plural seat
 * words; youth bodies' cut names and nested lists by indent; clubs' Lions titles, house venues and yearless dates; parks
 * bodies' right-hand action tags and stacked date labels; professional bodies' "Drs" lists, blog date lines and quorum
 * sentences) took it to 137.4 KB; the ceiling moved to 139 KB. Session 21's lead rules (roll-call tables from council
 * software, "Present: 4 - ..." counts and vote tallies, Roman series under the lists, capitals headings over bullets,
 * American numeric dates, more opening sentences) and its six branches (parent bodies' names and Scottish apologies;
 * councils' plural posts and opening rites; co-ops' bodies above a board line and venues after the date; development
 * bodies' sentence rolls on flattened lines; marine bodies' apologies in an opening sentence and places after the time;
 * heritage bodies' "AGENDA ITEM NO. 3:" labels and two-people rows) took it to 140.2 KB; the ceiling moved to 142 KB.
 * Session 22's lead rules (pandoc's spans, superscripts, footnote marks and line breaks; hyphenated dates with a
 * two-figure year) and its five branches (owners' associations' posts before a dash; consultative forums' named action
 * tags; patient groups' parentless sub-numbered headings and initials-only members; water districts' and emergency
 * boards' rolls in sentences) took it to 142.1 KB, and three more branches (capitals labels in flattened minutes; mended
 * item numbers; venue sentences) to 143.7 KB; the ceiling moved to 145 KB. Session 23's lead rules (Word's "Page | 3"
 * footers; the action column in minutes without blank lines; titles cut inside their place) and its seven branches
 * (community councils; economic partnerships' prefixed minute numbers and sector groups; safeguarding partnerships' core
 * membership tables; project boards' run-in and numbered action labels; liaison committees' sides and apologies
 * sentences; newsletter-reprinted parish minutes; open-source notes' Q&A sections) took it to 145.5 KB, and three more
 * branches (run-in topic captions; committee-system pages; titled names run together) to 146.2 KB; the ceiling moved
 * to 148 KB. Session 24's lead rules (roster tables written a cell to a paragraph; numbered headings as HTML list
 * entries; whole web pages on one line; items each numbered "1.") and its six branches (London partnership boards'
 * titled rows and committee pages; migration forums' rosters and items; newsletter-reprinted parish minutes' bold
 * headings; Node.js notes' "Name: @handle" rosters; TC39 notes' topics; standards bodies' front matter, team lists and
 * owner-tagged actions) took it to 148.9 KB, and four more branches (flattened rosters; "Next steps" actions; clock
 * typos and venues after the time; bullet topics) to 149.4 KB; the ceiling moved to 152 KB. Session 25's lead rules
 * (an opening "Attendees / introductions" item over the names; organisation-first roster rows; "Action 3." labels) and
 * its ten branches (dates said aloud, year first or mistyped; flattened rosters; names before posts; school governors'
 * form fields; health boards' stand-in sentences and date lines; migration commissions' posts before surnames;
 * open-source notes' date fields; council-year minute numbers; slash-flattened action logs) took it to 152.3 KB; the
 * ceiling moved to 156 KB. Session 26's lead rules (tables of contents; agendas given again over the minutes; a weekday
 * dating a year; academic-year minute numbers; shared files' cut names) and its eleven branches (flattened Roman and
 * numbered items; US boards' bodies and roll calls; university posts and titles; refugee forums' later rosters; police
 * boards' cell rows; housing bodies' "2.0:" items; actions tagged mid-paragraph; bulleted topics; date fields with a
 * clock) took it to 155.8 KB; the ceiling moves to 160 KB.
 */
export const PARSER_BROWSER_CEILING = 160 * 1024;

/** micromark's browser bundle, the size the parser aims to stay under. */
export const MICROMARK_GZIP = 15 * 1024;

/** Each package's own entry, its dependencies left out. */
export const ENTRY_CEILINGS: Record<string, number> = {
  // Measured 1,608 B (2026-11-25): schemas only; zod is a peer dependency.
  '@lsmp/model': 2_000,
  // The parser imports only types from its one dependency: its entry is its whole bundle.
  '@lsmp/parser': PARSER_BROWSER_CEILING,
  // Measured 11,725 B (2026-11-25): mostly the strategy catalogue, static data.
  '@lsmp/london-enriched': 14_000,
  // Measured 19,947 B (2026-11-25): renderers; the d3, hast and mdast libraries are dependencies.
  '@lsmp/report': 24_000,
};

/** Packages whose code must never be in the parser's browser bundle. */
export const MUST_NOT_APPEAR_IN_PARSER = ['zod'];
