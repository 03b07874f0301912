// Log-in looks users up by e-mail; two accounts must never share one.
CREATE CONSTRAINT user_email_unique IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
