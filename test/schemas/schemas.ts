/**
 * Microsoft's manifest schemas as xmllint compiles them: the vendored files of office/ with the
 * patches README.md explains, each required to match exactly once, plus local/ stand-ins.
 * `validateManifest` runs libxml2's xmllint (xmllint-wasm, so no system package is needed).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

const OFFICE = path.join(__dirname, "office");
const LOCAL = path.join(__dirname, "local");
export const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

export interface Patch {
  readonly files: readonly string[];
  readonly find: string;
  readonly replace: string;
  readonly why: string;
}

const HTTPS_XS = 'xmlns:xs="https://www.w3.org/2001/XMLSchema"';
const VERSION = "([0-9]{1,5})(\\.[0-9]{1,5}){0,3}";

/** [MS-OWEMXML] 2.2 / 5.7: Host starts with an optional Runtimes; Runtime = resid + lifetime. */
const RUNTIME_TYPES = `  <xs:complexType name="Runtimes">
    <xs:sequence minOccurs="1" maxOccurs="unbounded">
      <xs:element name="Runtime" type="Runtime" />
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="Runtime">
    <xs:complexContent>
      <xs:extension base="bt:URLResourceReference">
        <xs:attribute name="lifetime" use="optional" default="short">
          <xs:simpleType>
            <xs:restriction base="xs:string">
              <xs:enumeration value="short" />
              <xs:enumeration value="long" />
            </xs:restriction>
          </xs:simpleType>
        </xs:attribute>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
`;
const HOST_TYPE = '  <xs:complexType name="Host" abstract="true">';
const HOST_SEQUENCE = `    <xs:sequence>
      <xs:element name="AllFormFactors" type="FormFactor"`;

export const PATCHES: readonly Patch[] = [
  {
    files: [
      "OfficeAppManifestV1_1.xsd",
      "OfficeAppBasicTypesV1_0.xsd",
      "MailAppVersionOverridesV1_0.xsd",
      "MailAppVersionOverridesV1_1.xsd",
    ],
    find: HTTPS_XS,
    replace: 'xmlns:xs="http://www.w3.org/2001/XMLSchema"',
    why: "the XML Schema namespace is http://; with https libxml2 sees no schema",
  },
  {
    files: ["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd"],
    find: `"${VERSION}?"`,
    replace: `"${VERSION}"`,
    why: "XML Schema regular expressions have no lazy quantifier; {0,3} matches the same values",
  },
  {
    files: ["TaskPaneAppVersionOverridesV1_0.xsd"],
    find: HOST_TYPE,
    replace: RUNTIME_TYPES + HOST_TYPE,
    why: "<Runtimes> postdates these files: its types, as [MS-OWEMXML] defines them",
  },
  {
    files: ["TaskPaneAppVersionOverridesV1_0.xsd"],
    find: HOST_SEQUENCE,
    replace: HOST_SEQUENCE.replace(
      "<xs:element",
      '<xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" />\n      <xs:element',
    ),
    why: "[MS-OWEMXML]: Host is a sequence of Runtimes (0..1), then AllFormFactors (0..1)",
  },
];

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The vendored files exactly as published, by file name. */
export function publishedSchemas(): Map<string, string> {
  return new Map(
    readdirSync(OFFICE).map((file) => [file, readFileSync(path.join(OFFICE, file), "utf8")]),
  );
}

/** Every schema file xmllint needs, patched; throws if a patch does not match exactly once. */
export function compiledSchemas(): XMLFileInfo[] {
  const files = publishedSchemas();
  for (const patch of PATCHES) {
    for (const file of patch.files) {
      const text = files.get(file) ?? "";
      const count = occurrences(text, patch.find);
      if (count !== 1) throw new Error(`patch "${patch.why}" matches ${count} times in ${file}`);
      files.set(file, text.replace(patch.find, patch.replace));
    }
  }
  for (const file of readdirSync(LOCAL))
    files.set(file, readFileSync(path.join(LOCAL, file), "utf8"));
  return [...files].map(([fileName, contents]) => ({ fileName, contents }));
}

export interface Verdict {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** `xmllint --schema OfficeAppManifestV1_1.xsd manifest.xml`, in WebAssembly. */
export async function validateManifest(xml: string): Promise<Verdict> {
  const schemas = compiledSchemas();
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: schemas.filter((file) => file.fileName === ROOT_SCHEMA),
    preload: schemas.filter((file) => file.fileName !== ROOT_SCHEMA),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
