/**
 * Builds one well-formed operation for every query and mutation field of an introspected GraphQL
 * schema: required arguments filled by type (IDs with the given record's id), `data` inputs with
 * hostile values for the fields they have, and a selection of every scalar up to two levels deep.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}
interface Field {
  name: string;
  args?: Array<{ name: string; type: TypeRef }>;
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields?: Field[] | null;
  inputFields?: Array<{ name: string; type: TypeRef }> | null;
  enumValues?: Array<{ name: string }> | null;
}
interface Schema {
  queryType: { name: string };
  mutationType?: { name: string } | null;
  types: FullType[];
}

export interface GraphqlOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const HOSTILE_STRINGS: Record<string, string> = {
  receiver: '乙改',
  phone: '13000000000',
  detail: '篡改',
  username: 'hacked',
  email: 'hacked@example.test',
  password: 'Hacked123!',
  identifier: 'hacked@example.test',
};

const unwrap = (ref: TypeRef): TypeRef => (ref.ofType ? unwrap(ref.ofType) : ref);
const printRef = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL' ? `${printRef(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${printRef(ref.ofType!)}]` : ref.name!;

export function graphqlOperations(schema: Schema, record: { id: string }): GraphqlOperation[] {
  const types = new Map(schema.types.map((t) => [t.name, t]));

  function value(ref: TypeRef, argName: string, depth = 0): unknown {
    if (ref.kind === 'NON_NULL') return value(ref.ofType!, argName, depth);
    if (ref.kind === 'LIST') return [value(ref.ofType!, argName, depth)];
    const type = types.get(ref.name!)!;
    if (type.kind === 'ENUM') return type.enumValues![0].name;
    if (type.kind === 'INPUT_OBJECT') return inputObject(type, depth + 1);
    switch (ref.name) {
      case 'ID':
        return record.id;
      case 'Int':
      case 'Long':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-01-01T00:00:00.000Z';
      case 'Date':
        return '2026-01-01';
      case 'Time':
        return '00:00:00';
      case 'JSON':
        return {};
      case 'Upload':
        return null;
      default:
        return HOSTILE_STRINGS[argName] ?? 'sweep';
    }
  }

  function inputObject(type: FullType, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of type.inputFields ?? []) {
      const required = field.type.kind === 'NON_NULL';
      const scalar = unwrap(field.type).kind === 'SCALAR';
      if (required || (scalar && field.name in HOSTILE_STRINGS && depth < 3)) out[field.name] = value(field.type, field.name, depth);
    }
    return out;
  }

  function selection(ref: TypeRef, depth: number): string {
    const type = types.get(unwrap(ref).name!)!;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
    if (type.kind === 'UNION' || depth >= 2) return '{ __typename }';
    const parts = ['__typename'];
    for (const field of type.fields ?? []) {
      if ((field.args ?? []).some((a) => a.type.kind === 'NON_NULL')) continue;
      const inner = types.get(unwrap(field.type).name!)!;
      if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
      else if (depth < 1) parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  const operations: GraphqlOperation[] = [];
  for (const [keyword, root] of [
    ['query', schema.queryType?.name],
    ['mutation', schema.mutationType?.name],
  ] as const) {
    const rootType = root ? types.get(root) : undefined;
    for (const field of rootType?.fields ?? []) {
      const variables: Record<string, unknown> = {};
      const declarations: string[] = [];
      const args: string[] = [];
      for (const arg of field.args ?? []) {
        const wanted = arg.type.kind === 'NON_NULL' || arg.name === 'documentId' || arg.name === 'data' || arg.name === 'id';
        const v = wanted ? value(arg.type, arg.name) : undefined;
        if (v === undefined || v === null) continue;
        variables[arg.name] = v;
        declarations.push(`$${arg.name}: ${printRef(arg.type)}`);
        args.push(`${arg.name}: $${arg.name}`);
      }
      const head = declarations.length ? `(${declarations.join(', ')})` : '';
      const call = args.length ? `(${args.join(', ')})` : '';
      operations.push({ name: `${keyword} ${field.name}`, query: `${keyword} Sweep${head} { ${field.name}${call} ${selection(field.type, 0)} }`, variables });
    }
  }
  return operations;
}
