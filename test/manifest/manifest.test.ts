// The manifest asks for no more than the add-in needs and holds what Office requires
// (checked here always); and it passes Microsoft's XSDs where they are at hand: in the
// folder named by MANIFEST_SCHEMAS, or ../shared/schemas/manifest beside the repository
// (the same check as `xmllint --schema <that folder>/OfficeAppManifestV1_1.xsd manifest.xml`).
// The schemas are not part of the repository; without them the XSD check says it is skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const root = path.resolve(__dirname, '../..');
const schemaDir = path.resolve(process.env.MANIFEST_SCHEMAS ?? path.join(root, '../shared/schemas/manifest'));
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const haveSchemas = existsSync(path.join(schemaDir, MAIN_XSD));
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

function schemas(): { main: XMLFileInfo; preload: XMLFileInfo[] } {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), 'utf8') }));
  const main = files.find((f) => f.fileName === MAIN_XSD)!;
  return { main, preload: files.filter((f) => f !== main) };
}

async function validate(xml: string) {
  const { main, preload } = schemas();
  return validateXML({ xml: { fileName: 'manifest.xml', contents: xml }, schema: main, preload });
}

/** The elements a TaskPaneApp manifest must have (the XSD also checks their order and content). */
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

/** Required elements a manifest lacks. */
function missingElements(xml: string): string[] {
  return REQUIRED.filter((name) => !new RegExp(`<${name}[\\s>/]`).test(xml));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function attributeValues(xml: string, attr: string): string[] {
  return [...xml.matchAll(new RegExp(`\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

describe('manifest.xml', () => {
  it('has every element Office requires', () => {
    expect(missingElements(manifest)).toEqual([]);
    expect(missingElements(manifest.replace(/<Permissions>[^<]*<\/Permissions>/, ''))).toEqual(['Permissions']);
    expect(missingElements(manifest.replace(/<SupportUrl [^>]*>/, ''))).toEqual(['SupportUrl']);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim());
    expect(permissions).toEqual(['ReadWriteDocument']);
    expect(manifest).not.toMatch(/WebApplicationInfo|<Scopes>/);
  });

  it('targets the Workbook host with ExcelApi 1.4 as the minimum requirement', () => {
    expect(manifest).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.4"\s*\/>/);
  });

  it('puts a "Thi đua" ShowTaskpane button on the Home tab', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<bt:String id="TaskpaneButton.Label" DefaultValue="Thi đua">/);
  });

  it('defaults to Vietnamese with English overrides', () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(attributeValues(manifest, 'Locale').every((l) => l === 'en-US')).toBe(true);
    expect(attributeValues(manifest, 'Locale').length).toBeGreaterThanOrEqual(4);
  });

  it('serves everything from https://localhost:3000 in development', () => {
    const urls = [...attributeValues(manifest, 'DefaultValue'), ...attributeValues(manifest, 'Value')].filter((v) =>
      /^\w+:\/\//.test(v),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\s*\/>/);
  });

  it('names icon files that exist with the pixel sizes it declares', () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    const sizes = new Set(icons.map((m) => Number(m[2])));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const [, file, size] of icons) {
      expect(pngSize(path.join(root, file))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('declares button images with the size of their files', () => {
    const declared = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="[^"]*icon-(\d+)\.png"/g)];
    expect(declared).toHaveLength(3);
    for (const [, w, h, file] of declared) expect([w, h]).toEqual([file, file]);
  });
});

if (!haveSchemas) {
  process.stderr.write(
    `manifest.xml: XSD check skipped, no ${MAIN_XSD} in ${schemaDir} (set MANIFEST_SCHEMAS to Microsoft's schema folder)\n`,
  );
}

(haveSchemas ? describe : describe.skip)(
  `manifest.xml against Microsoft's XSDs${haveSchemas ? '' : ` (skipped: no ${MAIN_XSD} in ${schemaDir})`}`,
  () => {
    it('is valid against the Office add-in manifest schemas', async () => {
      const result = await validate(manifest);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }, 30_000);

    it('is rejected by the same check when a required element is missing', async () => {
      const broken = manifest.replace(/<Permissions>[^<]*<\/Permissions>/, '');
      expect(broken).not.toBe(manifest);
      const result = await validate(broken);
      expect(result.valid).toBe(false);
    }, 30_000);
  },
);
