// fontkit ships no types; pdfkit (pdfmake's renderer) depends on it and we use only these calls.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
