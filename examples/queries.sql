-- Useful queries over custom_models. Run one with:
--   java -jar target/bedrock-jdbc-*-all.jar --demo -e "<query>"

-- The ten newest models.
SELECT model_name, model_status, creation_time FROM custom_models ORDER BY creation_time DESC LIMIT 10;

-- Models whose name mentions "support" (case-sensitive, as SQL LIKE is), newest first.
SELECT model_name, creation_time FROM custom_models WHERE model_name LIKE '%support%' ORDER BY creation_time DESC;

-- Case-insensitive name search.
SELECT model_name FROM custom_models WHERE model_name ILIKE '%support%';

-- Models created in 2025.
SELECT model_name, creation_time FROM custom_models
WHERE creation_time >= TIMESTAMP '2025-01-01 00:00:00' AND creation_time < TIMESTAMP '2026-01-01 00:00:00';

-- How many models each account owns, and how many are shared with you.
SELECT owner_account_id, is_owned, COUNT(*) AS models FROM custom_models GROUP BY owner_account_id, is_owned;

-- Failed customizations you own.
SELECT model_name, creation_time FROM custom_models WHERE model_status = 'Failed' AND is_owned;

-- Models per foundation model and customization type.
SELECT foundation_model_arn, customization_type, COUNT(*) FROM custom_models
GROUP BY foundation_model_arn, customization_type ORDER BY 3 DESC;

-- Models built on another custom model, with the name of that base model.
SELECT m.model_name, b.model_name AS base_name FROM custom_models m
JOIN custom_models b ON m.base_model_arn = b.model_arn;

-- Customization types this SDK does not know yet show up as sent.
SELECT DISTINCT customization_type FROM custom_models;

-- What a query will send to the API.
EXPLAIN PLAN FOR SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5;
