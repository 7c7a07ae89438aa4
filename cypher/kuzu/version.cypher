CALL db_version() RETURN version
