import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { fontBold, fontRegular } from "./bundled-assets";
import { ISSUER_NAME } from "./issuer-identity";

export type CertificateSheet = {
  id: string;
  holderName: string;
  achievementTitle: string;
  issuedAt: Date;
  validUntil: Date;
  verifyUrl: string;
  jwt: string;
  badgePng: Buffer;
};

const PDF_ATTACHMENT_NAME = "credential.jwt";
const NAVY = rgb(0.047, 0.29, 0.431);
const GREY = rgb(0.39, 0.45, 0.55);
const long = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = rgb(0.06, 0.09, 0.16)) {
  let s = size;
  while (s > 10 && font.widthOfTextAtSize(text, s) > page.getWidth() - 120) s -= 1;
  page.drawText(text, { x: (page.getWidth() - font.widthOfTextAtSize(text, s)) / 2, y, size: s, font, color });
}

/** A vector QR code (one square per module), so it stays sharp in print. */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const cell = size / n;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c))
        page.drawRectangle({ x: x + c * cell, y: y + size - (r + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
}

/**
 * The printable certificate (A4 landscape): holder, achievement, dates, a QR code to the verification page,
 * and the signed credential attached as a file inside the PDF, so the PDF alone can be verified.
 */
export async function renderCertificatePdf(c: CertificateSheet): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold] = [
    await pdf.embedFont(await fontRegular(), { subset: true }),
    await pdf.embedFont(await fontBold(), { subset: true }),
  ];
  pdf.setTitle(`${c.achievementTitle} — ${c.holderName}`);
  pdf.setAuthor(ISSUER_NAME);
  pdf.setSubject(`Certificate ${c.id}; verify at ${c.verifyUrl}`);
  pdf.setCreator(ISSUER_NAME);
  pdf.setCreationDate(c.issuedAt);
  pdf.setModificationDate(c.issuedAt);
  const page = pdf.addPage([841.89, 595.28]);
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: NAVY, borderWidth: 6 });
  page.drawRectangle({ x: 34, y: 34, width: width - 68, height: height - 68, borderColor: NAVY, borderWidth: 1.5 });
  const badge = await pdf.embedPng(c.badgePng);
  page.drawImage(badge, { x: (width - 110) / 2, y: height - 170, width: 110, height: 110 });
  centred(page, ISSUER_NAME.toUpperCase(), height - 196, bold, 12, GREY);
  centred(page, c.achievementTitle, height - 240, bold, 28);
  centred(page, "This certifies that", height - 280, regular, 14, GREY);
  centred(page, c.holderName, height - 325, bold, 36, NAVY);
  centred(page, `passed the certification exam on ${long(c.issuedAt)}.`, height - 360, regular, 14, GREY);
  const rows: [string, string][] = [
    ["Valid until", long(c.validUntil)],
    ["Certificate id", c.id],
    ["Verify at", c.verifyUrl],
  ];
  rows.forEach(([label, value], i) => {
    page.drawText(`${label}:`, { x: 70, y: 130 - i * 22, size: 11, font: regular, color: GREY });
    page.drawText(value, { x: 165, y: 130 - i * 22, size: 11, font: i === 0 ? bold : regular });
  });
  page.drawText("The signed Open Badges 3.0 credential is attached to this PDF (credential.jwt).", {
    x: 70,
    y: 60,
    size: 9,
    font: regular,
    color: GREY,
  });
  drawQr(page, c.verifyUrl, width - 70 - 110, 56, 110);
  await pdf.attach(Buffer.from(c.jwt, "utf8"), PDF_ATTACHMENT_NAME, {
    mimeType: "application/vc+jwt",
    description: "Open Badges 3.0 credential (VC-JWT) signed by the academy",
    creationDate: c.issuedAt,
    modificationDate: c.issuedAt,
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
