"""
Checks an export of the whole graph against the followthemoney package's own
model, for what `ftm validate` (which re-parses values) does not look at:
each entity's schema exists and is concrete, carries the properties its schema
requires, passes Schema.validate, and refers only to entities the export holds,
of the schema the property's range asks for; each statement names its property
type as FtM does and has the id FtM's Statement.make_key gives it.

Usage: python ftmCheck.py ENTITIES.ftm.json STATEMENTS.csv
Prints one line per problem, then a JSON summary; exits 1 when there is any problem.
"""
import csv
import json
import sys

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.statement.serialize import read_csv_statements
from followthemoney.statement.util import get_prop_type


def entity_problems(entities):
    for entity_id, data in entities.items():
        schema = model.get(data["schema"])
        if schema is None or schema.abstract:
            yield f"{entity_id}: {data['schema']} is not a concrete FtM schema"
            continue
        properties = data["properties"]
        for name in schema.required:
            if not properties.get(name):
                yield f"{entity_id}: {schema.name} requires {name}"
        try:
            schema.validate(data)
        except InvalidData as error:
            yield f"{entity_id}: {error}"
        for name, values in properties.items():
            prop = schema.get(name)
            if prop is None or prop.stub:
                yield f"{entity_id}: {schema.name} has no property {name}"
                continue
            if prop.type.name != "entity":
                continue
            for value in values:
                target = entities.get(value)
                if target is None:
                    yield f"{entity_id}: {name} refers to {value}, which the export does not hold"
                elif not model.get(target["schema"]).is_a(prop.range):
                    yield f"{entity_id}: {name} refers to a {target['schema']}, not a {prop.range.name}"


def statement_problems(path):
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, dialect=csv.unix_dialect):
            expected = get_prop_type(row["schema"], row["prop"])
            if row["prop_type"] != expected:
                yield f"{row['entity_id']}: {row['prop']} has prop_type {row['prop_type']}, FtM says {expected}"
    with open(path, "rb") as fh:
        for statement in read_csv_statements(fh):
            if statement.id != statement.generate_key():
                yield f"{statement.entity_id}: statement {statement.id} of {statement.prop} should have id {statement.generate_key()}"


def main(entities_path, statements_path):
    with open(entities_path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh]
    entities = {data["id"]: data for data in lines}
    problems = [f"{entity_id}: written more than once" for entity_id in entities if sum(d["id"] == entity_id for d in lines) > 1]
    problems += list(entity_problems(entities))
    problems += list(statement_problems(statements_path))
    for problem in problems:
        print(problem)
    print(json.dumps({"entities": len(entities), "problems": len(problems)}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
