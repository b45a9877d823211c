/** The family a marker belongs to (SPEC section 3). */
export type MarkerStyle =
  | 'di'
  | 'shi'
  | 'yao'
  | 'fangmian'
  | 'dun'
  | 'paren'
  | 'arabic'
  | 'arabic-paren'
  | 'circled'
  | 'sequence';
