// Lessons may not run code, so JSX attribute expressions are read as plain literals, never evaluated.
type Node = { type: string; [key: string]: unknown };

export class NotALiteral extends Error {}

/** Value of a literal expression: strings, numbers, booleans, null, arrays and plain objects of those. */
function readLiteral(node: Node): unknown {
  switch (node.type) {
    case "Literal":
      if (node.regex || typeof node.value === "bigint") break;
      return node.value;
    case "TemplateLiteral": {
      const quasis = node.quasis as { value: { cooked: string } }[];
      if ((node.expressions as unknown[]).length === 0) return quasis.map((q) => q.value.cooked).join("");
      break;
    }
    case "UnaryExpression": {
      const value = readLiteral(node.argument as Node);
      if (node.operator === "-" && typeof value === "number") return -value;
      break;
    }
    case "ArrayExpression":
      return (node.elements as (Node | null)[]).map((element) => {
        if (!element || element.type === "SpreadElement") throw new NotALiteral();
        return readLiteral(element);
      });
    case "ObjectExpression": {
      const result: Record<string, unknown> = {};
      for (const prop of node.properties as Node[]) {
        const key = prop.key as Node | undefined;
        if (prop.type !== "Property" || prop.computed || !key) throw new NotALiteral();
        const name = key.type === "Identifier" ? (key.name as string) : String(readLiteral(key));
        result[name] = readLiteral(prop.value as Node);
      }
      return result;
    }
  }
  throw new NotALiteral();
}

/** The literal inside an MDX attribute expression such as `{["a", "b"]}`. */
export function readAttributeExpression(estree: unknown): unknown {
  const program = estree as { body?: { type: string; expression?: Node }[] } | undefined;
  const statement = program?.body?.[0];
  if (!statement || program!.body!.length !== 1 || statement.type !== "ExpressionStatement" || !statement.expression)
    throw new NotALiteral();
  return readLiteral(statement.expression);
}
