import { parseMinutes } from './src/index.ts';
const lines = ['# March 10, 2031','','## Attending','','- Ada ([@afinch](https://example.org/afinch))','- Hugo ([@hsands](https://example.org/hsands))','','## PRs','','- [x] What to do with the namespaces PR','  - **Conclusion**: release it under a flag','- [ ] Add an option for uninitialised fields','  - **Conclusion**: add the option','','## Action Items','','[x] The chair will upload the recordings.','','[] The repository maintainers (Ada Finch, Hugo Sands, Nell Ortiz) will review the open issues.'];
const {minutes:m} = parseMinutes(lines.join('\n'));
console.log(m.kind, m.actions.map(a=>a.text), m.items.map(i=>[i.title, i.paragraphs.map(p=>p.text)]), m.diagnostics.map(d=>d.message));
