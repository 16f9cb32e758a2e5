/** Messages for compound files that hold no Word 97–2003 document. */
export const OLE_MESSAGES = {
  works: '这是 Microsoft Works 文字处理文件（.wps），不是金山 WPS 文档，无法读取。请在 Works、Word 或 WPS 中另存为 .docx 或 PDF 后再打开。',
  kingsoft: '这是旧版金山 WPS（2005 年以前）的专有格式文件，无法直接读取。请在 WPS Office 中打开，另存为 .doc、.docx 或 PDF 后再打开。',
  other: '这是 Office 复合文档，但其中没有 Word 文档内容（可能是 Excel、PowerPoint 或其他程序的文件），无法读取。',
} as const;
