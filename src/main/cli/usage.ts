export const USAGE = `Usage: copydesk <command> [options]

Commands:
  export --format FORMATS --out DIR [--library DIR] [--status STATUS] [--wrap COLUMNS] [STORY_ID|SLUG ...]
      Writes one file per story and format into DIR, named from the slug (slug.nitf.xml, slug.pdf, ...).
      FORMATS is a comma-separated list of: html, html-fragment, markdown, text, nitf, newsml-g2,
      ninjs-2.2, ninjs-3.1, docx, pdf. Without story names, every story not in the trash.
      --status keeps only stories with that status; --wrap hard-wraps plain text at COLUMNS.
  import [--library DIR] [--quiet] FILE ...
      Makes a story of each file (plain text, Markdown, HTML page, DOCX, NITF, NewsML-G2 or ninjs),
      recognizing its headline, section, byline, dateline and quotes, and prints what it recognized,
      what it dropped and what it could not read. DIR must be an existing library.
  list [--library DIR] [--json]
      Lists the stories not in the trash.
  validate FILE ...
      Checks exported NITF, NewsML-G2 and ninjs files against the official schemas.

--library defaults to the desktop app's own library.
Exit codes: 0 done; 1 some stories or files failed; 2 a mistake in the command.
`;
