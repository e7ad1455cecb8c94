-- WeDraw: MySQL 8 / MariaDB 10.6+ bootstrap. Run once as an administrator:
--   mysql -uroot -p < database/sql/bootstrap.sql
-- Then set DATABASE_PASSWORD to the password chosen below. Strapi creates and migrates the tables.
CREATE DATABASE IF NOT EXISTS wedraw CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Least privilege: the application user can change the schema of its own database only
-- (Strapi syncs its schema on start) and nothing else on the server.
CREATE USER IF NOT EXISTS 'wedraw'@'127.0.0.1' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES
  ON wedraw.* TO 'wedraw'@'127.0.0.1';
FLUSH PRIVILEGES;
