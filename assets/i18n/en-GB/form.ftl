### The form: sections, questions, hints, answers and the rules' messages.
### A question's id is its path with dots as dashes
### (person.given_names is person-given_names); its hint is ID-hint.

