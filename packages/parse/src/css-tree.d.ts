/**
 * The part of css-tree's API the text-transform reader uses: css-tree ships no type declarations of its own, and
 * these follow its documented AST (https://github.com/csstree/csstree/blob/master/docs/ast.md).
 */
declare module "css-tree" {
  /** css-tree's linked list of child nodes. */
  export interface List<T> extends Iterable<T> {
    toArray(): T[];
  }
  export interface Raw {
    type: "Raw";
    value: string;
  }
  export interface StyleSheet {
    type: "StyleSheet";
    children: List<CssNode>;
  }
  export interface Rule {
    type: "Rule";
    /** Raw when parsed with `parseRulePrelude: false`. */
    prelude: Raw | SelectorList;
    block: Block;
  }
  export interface Block {
    type: "Block";
    children: List<CssNode>;
  }
  export interface DeclarationList {
    type: "DeclarationList";
    children: List<CssNode>;
  }
  export interface Declaration {
    type: "Declaration";
    property: string;
    /** Raw when parsed with `parseValue: false`. */
    value: Raw | CssNode;
    /** true for `!important`; the word itself for a browser hack such as `!ie`. */
    important: boolean | string;
  }
  export interface SelectorList {
    type: "SelectorList";
    children: List<CssNode>;
  }
  export interface Selector {
    type: "Selector";
    children: List<CssNode>;
  }
  export interface Combinator {
    type: "Combinator";
    name: string;
  }
  export interface TypeSelector {
    type: "TypeSelector";
    name: string;
  }
  export interface ClassSelector {
    type: "ClassSelector";
    name: string;
  }
  export interface IdSelector {
    type: "IdSelector";
    name: string;
  }
  /** The nodes this reader never looks into, by their type alone. */
  export interface OtherNode {
    type:
      | "AnPlusB"
      | "Atrule"
      | "AtrulePrelude"
      | "AttributeSelector"
      | "Brackets"
      | "CDC"
      | "CDO"
      | "Comment"
      | "Condition"
      | "Dimension"
      | "Feature"
      | "FeatureFunction"
      | "FeatureRange"
      | "Function"
      | "GeneralEnclosed"
      | "Hash"
      | "Identifier"
      | "Layer"
      | "LayerList"
      | "MediaQuery"
      | "MediaQueryList"
      | "NestingSelector"
      | "Nth"
      | "Number"
      | "Operator"
      | "Parentheses"
      | "Percentage"
      | "PseudoClassSelector"
      | "PseudoElementSelector"
      | "Ratio"
      | "Scope"
      | "String"
      | "SupportsDeclaration"
      | "UnicodeRange"
      | "Url"
      | "Value"
      | "WhiteSpace";
  }
  export type CssNode =
    | Raw
    | StyleSheet
    | Rule
    | Block
    | DeclarationList
    | Declaration
    | SelectorList
    | Selector
    | Combinator
    | TypeSelector
    | ClassSelector
    | IdSelector
    | OtherNode;

  export interface ParseOptions {
    context?: "stylesheet" | "declarationList" | "selectorList" | "selector";
    positions?: boolean;
    parseValue?: boolean;
    parseRulePrelude?: boolean;
    parseAtrulePrelude?: boolean;
    parseCustomProperty?: boolean;
  }
  export function parse(text: string, options?: ParseOptions): CssNode;
  export function generate(node: CssNode): string;
}
