-- Whether the demo case was ever loaded. Demo start-up takes the next number of this counter and
-- loads the case only when it gets 1: the row lock makes that true for exactly one start, on any
-- number of instances, and a case the users have edited or deleted is never loaded again.
INSERT INTO intake_counter (name, last_number) VALUES ('demo', 0);
