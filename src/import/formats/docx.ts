/**
 * Read a Word .docx with mammoth (it understands styles, lists, tables and footnotes) and
 * convert its HTML to Markdown-ish text.
 */
import mammoth from 'mammoth';
import { FormatError } from './types.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';

/** True when the zip names `word/document.xml` (the main part of a .docx) in its directory. */
function hasWordDocument(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes).includes('word/document.xml');
}

/**
 * Read a .docx to Markdown-ish text; refuses a zip without a Word document or a damaged one.
 * @example await readDocx(bytes, 'kh.docx') // '**ỦY BAN NHÂN DÂN…**\n…'
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: string[] }> {
  const latin = new TextDecoder('latin1').decode(bytes);
  if (!latin.includes('PK\x01\x02') || !latin.includes('PK\x05\x06')) {
    throw new FormatError(
      'docx-not-zip',
      fileName,
      'tệp bắt đầu như tệp nén ZIP (.docx) nhưng bị cắt cụt hoặc hỏng',
      'hãy tải hoặc chép lại bản gốc rồi nhập lại',
    );
  }
  if (!hasWordDocument(bytes)) {
    throw new FormatError(
      'docx-no-document',
      fileName,
      'tệp nén ZIP này không chứa văn bản Word (thiếu word/document.xml)',
      'hãy mở tệp bằng Word, lưu lại dạng .docx rồi nhập lại',
    );
  }
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    // Images carry no text we read; skipping their base64 encoding makes large documents fast.
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
  } catch {
    throw new FormatError(
      'docx-damaged',
      fileName,
      'tệp .docx bị hỏng, không đọc được',
      'hãy mở tệp bằng Word (Word sẽ đề nghị sửa), lưu lại rồi nhập lại',
    );
  }
  const warnings: string[] = [];
  if (result.messages.some((m) => m.type === 'error')) {
    warnings.push(`${fileName}: Word báo lỗi khi đọc một phần văn bản — hãy đối chiếu với bản gốc.`);
  }
  return { text: htmlToMarkdown(result.value), warnings };
}
