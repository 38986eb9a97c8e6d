-- PostgreSQL twin of ../0007_health_probe.sql.
CREATE TABLE health_probe (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    at BIGINT NOT NULL
);
