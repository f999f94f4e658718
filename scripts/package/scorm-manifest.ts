// The `imsmanifest.xml` of a SCORM package: one organisation with one item, the course, and one SCO, its
// launch page, which lists every file of the package. The course page inside is the table of contents.
// Checked against ADL's schema files in tests/built/packages.test.ts.
import type { ScormEdition } from '../../src/lms/scorm-api.ts';
import { escapeHtml } from '../../src/utils/html-entities.ts';

export interface ManifestCourse {
  id: string;
  title: string;
  version: string;
  /** Every file of the package but the manifest, from its root. */
  files: readonly string[];
}

/** An XML ID from a content id (which may start with a digit, which an ID may not). */
const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^\w.-]/g, '_')}`;

const EDITIONS = {
  scorm12: {
    namespaces: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ],
    schemaVersion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  scorm2004: {
    namespaces: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    ],
    schemaVersion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
} as const;

/** The manifest of a course's package in one SCORM edition. */
export function scormManifest(edition: ScormEdition, course: ManifestCourse): string {
  const { namespaces, schemaVersion, scormType } = EDITIONS[edition];
  const title = escapeHtml(course.title);
  const files = course.files.map((file) => `      <file href="${escapeHtml(encodeURI(file))}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlId('triangulate', course.id)}" version="${escapeHtml(course.version)}"`,
    ...namespaces.map((namespace) => `  ${namespace}`),
    '>',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${schemaVersion}</schemaversion>`,
    '  </metadata>',
    `  <organizations default="${xmlId('organisation', course.id)}">`,
    `    <organization identifier="${xmlId('organisation', course.id)}">`,
    `      <title>${title}</title>`,
    `      <item identifier="${xmlId('item', course.id)}" identifierref="${xmlId('sco', course.id)}">`,
    `        <title>${title}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${xmlId('sco', course.id)}" type="webcontent" ${scormType}="sco" href="index.html">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
