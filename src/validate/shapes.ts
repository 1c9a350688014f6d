// SHACL shapes derived from the ontology, written to ontology/shapes.ttl by
// scripts/make-shapes.mjs (a test keeps the file in step with the ontology):
// domain and range of every relation property, labels on entities, evidence
// on every statement, well-formed sentences, articles and dates.
import type { Ontology } from '../rdf/ontology.js';

const XSD_TYPES = new Set(['gYear', 'date', 'string', 'integer', 'gYearMonth', 'dateTime', 'decimal', 'boolean']);

function classCheck(classes: string[]): string {
  if (classes.length === 1) return `sh:class kg:${classes[0]}`;
  return `sh:or ( ${classes.map((c) => `[ sh:class kg:${c} ]`).join(' ')} )`;
}

function valueCheck(range: string[]): string | undefined {
  if (range.length === 0) return undefined;
  if (range.every((r) => XSD_TYPES.has(r))) {
    return range.length === 1 ? `sh:datatype xsd:${range[0]}` : `sh:or ( ${range.map((r) => `[ sh:datatype xsd:${r} ]`).join(' ')} )`;
  }
  return `sh:nodeKind sh:IRI ; ${classCheck(range)}`;
}

/** The entity classes directly below no other kg: class (Person, Organization, Place…). */
function topClasses(o: Ontology): string[] {
  const special = new Set(['Article', 'Sentence', 'Fact', 'Claim', 'Statement']);
  return [...o.classes].filter((c) => !special.has(c) && o.superClasses(c).filter((s) => s !== c && o.classes.has(s)).length === 0).sort();
}

export function shapesTurtle(o: Ontology): string {
  const out: string[] = [
    '# Generated from ontology/kg.ttl by scripts/make-shapes.mjs — do not edit by hand;',
    '# change the ontology and run `node scripts/make-shapes.mjs`. Validate data together',
    '# with the ontology (kg validate does), so that sh:class sees rdfs:subClassOf.',
    '@prefix sh: <http://www.w3.org/ns/shacl#> .',
    '@prefix kg: <https://w3id.org/kg-news/ontology#> .',
    '@prefix kgsh: <https://w3id.org/kg-news/shapes#> .',
    '@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .',
    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
    '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .',
    '@prefix prov: <http://www.w3.org/ns/prov#> .',
    '@prefix schema: <https://schema.org/> .',
    '',
  ];
  for (const c of topClasses(o)) {
    out.push(
      `kgsh:${c}Label a sh:NodeShape ;`,
      `  sh:targetClass kg:${c} ;`,
      `  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:or ( [ sh:datatype rdf:langString ] [ sh:datatype xsd:string ] ) ; sh:minLength 1 ;`,
      `    sh:message "every ${c} needs a non-empty rdfs:label" ] .`,
      '',
    );
  }
  for (const p of [...o.relationProperties].sort()) {
    const domain = o.domain(p);
    const range = valueCheck(o.range(p));
    if (domain.length === 0 && range === undefined) continue;
    out.push(`kgsh:${p} a sh:NodeShape ;`, `  sh:targetSubjectsOf kg:${p} ;`);
    const parts: string[] = [];
    if (domain.length > 0) parts.push(`  ${classCheck(domain)} ;\n  sh:message "the subject of kg:${p} must be a ${domain.join(' or ')}"`);
    if (range !== undefined) parts.push(`  sh:property [ sh:path kg:${p} ; ${range} ;\n    sh:message "the value of kg:${p} must be a ${o.range(p).join(' or ')}" ]`);
    out.push(`${parts.join(' ;\n')} .`, '');
  }
  out.push(
    'kgsh:Statement a sh:NodeShape ;',
    '  sh:targetClass rdf:Statement ;',
    '  sh:property [ sh:path rdf:subject ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ; sh:message "a statement has exactly one subject IRI" ] ;',
    '  sh:property [ sh:path rdf:predicate ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ; sh:message "a statement has exactly one predicate" ] ;',
    '  sh:property [ sh:path rdf:object ; sh:minCount 1 ; sh:maxCount 1 ; sh:message "a statement has exactly one object" ] ;',
    '  sh:property [ sh:path kg:rule ; sh:minCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ; sh:message "a statement names the rule that produced it" ] ;',
    '  sh:property [ sh:path prov:wasDerivedFrom ; sh:minCount 1 ; sh:nodeKind sh:IRI ; sh:message "every statement has evidence (prov:wasDerivedFrom a sentence or a curation file)" ] ;',
    '  sh:property [ sh:path kg:eventDate ; sh:maxCount 1 ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:gYear ] ) ; sh:message "an event date is an xsd:date, xsd:gYearMonth or xsd:gYear" ] .',
    '',
    'kgsh:Claim a sh:NodeShape ;',
    '  sh:targetClass kg:Claim ;',
    '  sh:property [ sh:path kg:claimedBy ; sh:nodeKind sh:IRI ; sh:message "kg:claimedBy names an entity" ] ;',
    '  sh:property [ sh:path prov:wasDerivedFrom ; sh:class kg:Sentence ; sh:message "a claim is derived from a sentence" ] .',
    '',
    'kgsh:Sentence a sh:NodeShape ;',
    '  sh:targetClass kg:Sentence ;',
    '  sh:property [ sh:path kg:evidenceText ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype rdf:langString ; sh:minLength 1 ; sh:message "a sentence has its text, with a language tag" ] ;',
    '  sh:property [ sh:path kg:startOffset ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:lessThan kg:endOffset ; sh:message "a sentence starts at a non-negative offset before its end" ] ;',
    '  sh:property [ sh:path kg:endOffset ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:message "a sentence has an integer end offset" ] ;',
    '  sh:property [ sh:path kg:inArticle ; sh:minCount 1 ; sh:maxCount 1 ; sh:class kg:Article ; sh:message "a sentence belongs to one article" ] .',
    '',
    'kgsh:Article a sh:NodeShape ;',
    '  sh:targetClass kg:Article ;',
    '  sh:property [ sh:path schema:datePublished ; sh:maxCount 1 ; sh:datatype xsd:date ; sh:message "an article has at most one publication date, an xsd:date" ] ;',
    '  sh:property [ sh:path schema:inLanguage ; sh:minCount 1 ; sh:maxCount 1 ; sh:in ( "de" "en" ) ; sh:message "an article is in German (de) or English (en)" ] ;',
    '  sh:property [ sh:path kg:contentHash ; sh:minCount 1 ; sh:maxCount 1 ; sh:pattern "^sha256:[0-9a-f]{64}$" ; sh:message "an article carries the sha256 of its text" ] .',
    '',
  );
  return out.join('\n');
}
