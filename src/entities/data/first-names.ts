// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Given names and name particles for person recognition.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 * Each table is one string of space-separated entries, written over lines that `+` joins (each line ends
 * with a space), split once at load: the bundle carries no quotes and commas per entry.
 */

import { words } from '../../util/tables.js';

/**
 * Given names frequent in Maghreb and world news (French transliterations, one spelling per element) and the
 * common given names of German, English, French, Spanish, Italian, Portuguese and Dutch (general knowledge),
 * in alphabetical order (sorted, the table packs smaller). Left out: names that are common words or places in
 * one of these languages (Will, Bill, Grace, Rose, Hope, May, Ella, Leon, Florence, Malte, Maurice, Victoria...).
 */
export const FIRST_NAMES: readonly string[] = /* @__PURE__ */ words(
  'Aaron Abbas Abdallah Abde Abdel Abdelali Abdelatif Abdelaziz Abdelfattah Abdelghani Abdelhadi ' +
  'Abdelhafid Abdelhak Abdelhakim Abdelhamid Abdelilah Abdeljalil Abdelkader Abdelkarim Abdelkrim Abdellah ' +
  'Abdellatif Abdelmadjid Abdelmajid Abdelmalek Abdelmoumen Abdelouafi Abdelouahab Abdelouahed Abdelwahab ' +
  'Abdelwahed Abdennour Abderrahim Abderrahmane Abderrazak Abdeslam Abdessalem Abdessamad Abdesselam Abdou ' +
  'Abdoulaye Abdullah Abigail Abiy Achraf Adam Adel Adèle Adil Adrian Adriana Adrien Afef Afonso Agathe ' +
  'Agnès Aguila Agustín Ahcene Ahmad Ahmed Ahmet Aïcha Aïmene Ainhoa Aïssa Aitor Ajay Akinwumi Akli Alain ' +
  'Alan Alassane Alban Albert Alberto Alejandro Aleksander Alessandra Alessandro Alessia Alessio Alex ' +
  'Alexander Alexandre Alexeï Alexis Alfonso Alfred Alfredo Ali Alice Alicia Aliou Alison Alistair Álvaro ' +
  'Amadou Amal Amanda Amar Amel Amelia Amelie Amina Aminata Amine Amir Amira Ammar Amr Amy Ana Anaïs Anas ' +
  'André Andrea Andreas Andrés Andrew Andy Angela Angelika Angelo Angus Anis Anja Anke Anna Annalena ' +
  'Annalisa Anne Anne-Claire Anne-Laure Anne-Sophie Anneke Annemarie Annette Annie Annika Anouar Anouk ' +
  'Anthony Antje Antoine Anton Antonella Antonio Antony Anwar Aoife Arezki Arjan Arjen Armin Arnaud Arthur ' +
  'Arturo Ashley Ashraf Asma Asmaa Assia Assimi Astrid Audrey Aurélie Aurélien Axel Aymen Aymeric Ayoub ' +
  'Azeddine Aziz Azzedine Bachar Bachir Badr Baptiste Barack Barbara Bart Bashar Bassem Bassirou Bastien ' +
  'Beate Béatrice Beatriz Béchir Begoña Béji Belkacem Benedict Benedikt Benjamin Benny Benoît Beppe ' +
  'Bérénice Bernard Bernardo Bernd Bernhard Bert Bertrand Beth Bettina Betty Bezalel Bilal Billy Birgit ' +
  'Björn Blandine Bobby Bola Boris Borja Boualem Bouchra Bradley Brahim Bram Brandon Bregje Brian Brice ' +
  'Brigitte Britta Bruno Caio Caitlin Callum Camila Camille Carina Carl Carla Carlo Carlos Carmen Carmine ' +
  'Carol Carolin Caroline Carsten Catarina Catherine Cécile Cédric Céline Chaimae Chakib Chantal Charles ' +
  'Charles-Henri Charlie Charlotte Cheikh Chérif Chiara Chloe Chokri Chris Christa Christelle Christian ' +
  'Christiane Christina Christine Christoph Christophe Christopher Ciaran Cinzia Claire Clara Claude ' +
  'Claudia Claudine Claudio Clémence Clemens Clément Clotilde Colette Colin Connor Conor Coralie Corentin ' +
  'Corinna Corinne Cornelis Corrado Craig Cristian Cristiano Cristina Cyril Cyrille Daan Dagmar Dalila ' +
  'Damien Dan Daniel Daniela Daniele Danielle Danny Dario Dave David Davide Debora Deborah Declan Delphine ' +
  'Denis Dennis Detlef Diana Diane Didier Diego Dieter Dietmar Diogo Diomaye Dirk Djamel Djamila Dmitri ' +
  'Domenico Dominic Dominique Donald Donatella Donna Doris Dorothy Douglas Dounia Driss Duarte Duncan ' +
  'Dylan Ebrahim Eckhard Eddy Edgar Edoardo Édouard Eduardo Edward Églantine Egon Ehud Eleanor Elena Elias ' +
  'Eliesse Elio Elisa Élisabeth Elisabetta Elizabeth Elke Ellen Ellie Ellyes Élodie Éloïse Elon Els Elyes ' +
  'Emanuela Emanuele Émeline Emil Émile Emilia Émilie Emilio Emily Emma Emmanuel Emna Enaam Enrico Enrique ' +
  'Enzo Eoin Éric Erica Erik Erika Erling Ernesto Erwan Erwin Esteban Estelle Esther Ethan Étienne Ettore ' +
  'Eugénie Eva Evan Fabian Fabien Fabio Fabrice Fabrizio Fadwa Faisal Fanny Faouzi Farès Farid Farida ' +
  'Farouk Fateh Fathallah Fathi Fatiha Fatim Fatim-Zahra Fatima Fatima-Zahra Fatma Faure Fawzi Fayçal ' +
  'Fayez Federica Federico Felipe Félix Femke Ferdinand Ferhat Feriel Fernanda Fernando Fernão Fethi Fidel ' +
  'Filipa Filipe Filippo Finn Fiona Firas Flavio Florent Florentino Florian Fouad Fouzi Francesca ' +
  'Francesco Francis Francisco Franck François Françoise Frank Frank-Walter Frans Franziska Fraser Frauke ' +
  'Frédéric Friedemann Frieder Friederike Friedrich Frits Fritz Gabriel Gabriela Gabriele Gabriella Gaël ' +
  'Gaëlle Gaétan Gaia Gamal Gareth Gary Gaspard Gauthier Gavin Geert Gemma Geneviève Gennaro Geoffrey ' +
  'Georg George Georges Gérald Géraldine Gérard Gerd Gerhard Gérôme Gerrit Gerry Gert Ghassan Ghazi ' +
  'Ghislaine Ghita Ghizlane Giacomo Giancarlo Gianfranco Gianluca Gianni Gianpaolo Gigi Gilbert Giles ' +
  'Gilles Giorgia Giorgio Giovanna Giovanni Gisela Giulia Giuliana Giulio Giuseppe Gonçalo Gonzalo Graham ' +
  'Greg Grégoire Gregor Gregory Greta Gudrun Guido Guillaume Guillermo Gunnar Günter Günther Gustav ' +
  'Gustavo Guy-Michel Gwenaël Gwendoline Habib Habiba Hadrien Hafez Hafid Hafsa Hajar Hakan Hakim Hakima ' +
  'Halima Hamad Hamdan Hamid Hamish Hamza Hanane Hanna Hannah Hanneke Hannes Hannibal Hans Harald Harold ' +
  'Harriet Harry Hartmut Hasna Hasnaa Hassan Hassane Hassen Hatem Hayat Heather Héctor Hédi Heidi Heike ' +
  'Heiko Heinrich Heinz Helen Helena Hélène Helga Helge Helmut Helmuth Héloïse Hendrik Henk Henning Henri ' +
  'Henrik Henrike Henrique Henry Herbert Heribert Hermann Hernán Hervé Hiba Hicham Hichem Hildegard ' +
  'Hillary Hind Hinrich Hocine Holger Horst Hossam Hossein Houcine Houda Houssam Houssem Howard Hubert ' +
  'Hugh Hugo Hussein Huw Ian Ibrahim Ibrahima Ibtissam Idris Idriss Idrissa Ignacio Ignazio Iker Ikram ' +
  'Ilaria Ilham Ilias Ilse Ilyas Imad Iman Imane Imed Imen Imogen Inès Inge Ingeborg Ingo Ingrid Íñigo ' +
  'Irene Iris Isaac Isabel Isabella Isabelle Isaure Ismaël Ismaïl Issa Issam Itamar Itziar Iván Ivanka ' +
  'Jaap Jack Jacky Jacob Jacqueline Jacques Jaime Jake Jakob Jalal Jalel Jamal Jamel James Jamie Jamila ' +
  'Jan Jana Jane Janet Janina Janneke Jannik Jannis Jaouad Jared Jason Jasper Javier Jawad JD Jean ' +
  'Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude Jean-Dominique Jean-François Jean-Guy ' +
  'Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Noël Jean-Paul Jean-Philippe ' +
  'Jean-Pierre Jean-Yves Jeanne Jeff Jeffrey Jemima Jennifer Jenny Jens Jensen Jeremiah Jeremy Jeroen ' +
  'Jerome Jerry Jess Jesse Jessica Jesús Jill Jim Jimmy Joachim Joana Joanna João Joaquim Joaquín Jochen ' +
  'Joe Joel Johanna Johannes John Johnny Jolanda Jon Jonas Jonathan Jonny Joost Jordi Jörg Jorge Joris ' +
  'José Josef Josep Joseph Joséphine Josette Josh Joshua Josiane Juan Jude Judith Jules Julia Julian ' +
  'Juliana Julie Julien Juliette Jürgen Justin Justine Jutta Kacem Kahina Kai Kaïs Kaja Kamal Kamala Kamel ' +
  'Kaouther Karen Karim Karima Karin Karine Karl Karoline Karsten Kate Katharina Katherine Kathleen ' +
  'Kathrin Kathryn Katie Katja Katrin Katy Kawtar Kaylia Kees Keir Keith Kelly Ken Kenneth Kenny Kenza ' +
  'Kerstin Kevin Khadija Khaled Khalid Khalifa Khalil Khaoula Kieran Kilian Killian Kimberly Kirsten ' +
  'Kirsty Klara Klaus Knut Koen Kofi Konrad Konstantin Kristalina Kristina Kurt Kyle Kylian Laetitia ' +
  'Lahcen Laia Laila Lakhdar Lalla Lamia Lamine Lara Larbi Larissa Larry Lars Latifa Laura Laure Lauren ' +
  'Laurence Laurent Lawrence Lea Leandro Leila Leire Lena Lennart Léo Leonardo Leonie Leonor Letizia Lewis ' +
  'Liam Liamine Lieke Lilia Lilian Lily Lina Linda Lindsay Lindsey Lionel Lisa Liz Lodewijk Loïc Lola ' +
  'Loredana Lorena Lorenza Lorenzo Lorna Lotfi Lothar Lotte Loubna Louis Louisa Louise Lounis Luc Luca ' +
  'Lucas Lucía Luciana Luciano Lucie Lucy Ludovic Ludwig Luigi Luis Luisa Luka Lukas Luke Lydia Lyes Lynda ' +
  'M\'hamed Maarten Macarena Macky Maëlle Magali Maggie Mahamadou Mahamat Mahdi Maher Mahmoud Maike Majid ' +
  'Malek Malik Malika Mamadou Mamoudou Manal Manfred Manon Mansour Manuel Manuela Mara Marc Marc-Antoine ' +
  'Marcel Marcello Marcelo Márcio Marco Marcos Marcus Mareike Maren Margaret Margarida Margaux Margit ' +
  'Maria Mariana Mariano Marie Marie-Christine Marie-Claire Marie-France Marie-Hélène Marie-Pierre Marieke ' +
  'Mariem Marina Marine Mario Marion Marisa Marisol Marius Marjolein Marjorie Mark Markus Marleen Marlene ' +
  'Marloes Marouane Marta Martin Martina Martine Marvin Marwan Mary Maryam Massad Massimo Massoud Mateo ' +
  'Mateus Mathias Mathieu Mathijs Mathilde Mathis Matilde Matt Matteo Matthew Matthias Matthieu Mattia ' +
  'Maud Mauricio Maurizio Mauro Max Maxence Maxime Maximilian Megan Mehdi Mehmet Mehrez Meike Melania ' +
  'Melanie Melissa Menno Meriem Meryem Messaoud Mia Michael Michel Michela Michèle Michelle Mickaël Mieke ' +
  'Miguel Mike Mikhaïl Mireia Mireille Miriam Mirjam Mirko Moctar Modou Moez Mohamad Mohamed Mohammad ' +
  'Mohammed Mohand Mohcine Mohsen Mokhtar Moncef Mondher Mongi Mónica Monika Monique Montassar Montse ' +
  'Moritz Mostafa Mouammar Moulay Mouloud Mouna Mounia Mounir Mourad Moussa Moustafa Moustapha Muhammad ' +
  'Munir Muriel Mustafa Mustapha Myriam Nabil Nabila Nacer Nadège Nader Nadia Nadine Nadir Naguib Naïm ' +
  'Naïma Najat Najib Najla Nana Naoufal Narendra Nasser Nassim Nassima Natalia Natalie Nathalie Nathan ' +
  'Nathaniel Nawaf Nawal Nayef Nazim Neil Néjib Nelly Nelson Nerea Nesrine Neymar Nezha Ngozi Niall Niamh ' +
  'Niccolò Nicholas Nick Nico Nicola Nicolás Nicole Nicolò Niels Nienke Nigel Niklas Nils Nina Nizar Noah ' +
  'Noémie Nora Norbert Nour Noura Noureddine Nourredine Noussair Nuno Nuria Odile Olaf Ole Olfa Oliver ' +
  'Olivia Olivier Omar Ons Ophélie Oriol Ornella Oscar Osman Otávio Othman Othmane Ottavio Otto Ouarda ' +
  'Oumaima Oumar Ousmane Oussama Owen Pablo Paloma Paola Paolo Pascal Patrice Patricia Patrick Patrizia ' +
  'Paul Paul-Henri Paula Pauline Paulo Pedro Pep Perrine Pete Peter Petra Phil Philip Philipp Philippe Pia ' +
  'Pierluigi Piero Pierre Pierre-Henri Pierre-Yves Pieter Pietro Polly Quentin Rabah Rached Rachel Rachid ' +
  'Rachida Rafael Raffaele Raffaella Rafik Rainer Rajaa Ralf Ralph Ramdane Ramón Ramtane Ramzan Ramzi ' +
  'Rania Raouf Raphaël Raquel Raúl Rayan Raymond Rebecca Recep Réda Redouane Regina Régis Reinhard Remco ' +
  'Rémi Rémy Renata Renate Renato Renaud Rene Renske Rhys Riad Riadh Ricarda Ricardo Riccardo Richard ' +
  'Ricky Ridha Rik Rim Rishi Rita Riyad Robbie Robert Roberta Roberto Robin Rocco Rocío Rodrigo Roel Roger ' +
  'Rogério Roland Rolf Romain Romane Ronald Ronan Rory Rosalía Rosanna Roseline Ross Rossella Rubén ' +
  'Rüdiger Rui Rupert Russell Rutger Ruth Ruud Ryad Ryan Rym Saad Saâdeddine Saber Sabine Sabri Sabrina ' +
  'Sacha Sadio Sadok Saïd Saida Salah Salaheddine Salim Salima Sally Salma Salman Salmane Saloua Salvatore ' +
  'Salwa Sam Samantha Sami Samia Samir Samira Samuel Sana Sanaa Sander Sandra Sandrine Sandro Sanne ' +
  'Santiago Sara Sarah Sarra Sascha Saskia Scott Seamus Sean Sebastian Sébastien Seddik Ségolène Seif ' +
  'Selim Selma Serena Serge Sergey Sergi Sergio Sergueï Séverine Sharon Sidi Siegfried Sietse Sifi Sigrid ' +
  'Siham Sihem Silke Silvia Silvio Simon Simona Simone Siobhan Sjoerd Skander Slim Slimane Sofia Sofiane ' +
  'Sofyan Solène Sonia Sonja Sophia Sophie Souad Soufiane Soukaina Souleymane Soumaya Staffan Stefan ' +
  'Stefania Stefanie Stefano Steffen Stella Stephan Stéphane Stephanie Stephen Steve Steven Stijn Stuart ' +
  'Susan Susana Susanne Suzanne Sven Svenja Sylvain Sylviane Sylvie Tahar Taïeb Tamim Tanguy Tanja Taoufik ' +
  'Tarek Tarik Tariq Tatiana Tawfik Tayeb Ted Teresa Terry Tessa Teun Theo Theresa Thiago Thibault Thibaut ' +
  'Thierry Thijs Thomas Thorsten Tiago Tijani Tilman Tilo Tim Timo Timothée Timothy Tina Tinhinane ' +
  'Tiphaine Tiziana Tjeerd Tobias Toby Todd Tom Tomás Tommaso Tommy Tony Torsten Touria Tracey Tracy ' +
  'Tristan Tyler Udo Ulf Uli Ulla Ulrich Ulrike Umberto Unai Ursula Ute Uwe Valentin Valentina Valentine ' +
  'Valeria Valérie Valerio Vanessa Vasco Verena Verónica Véronique Vicente Victor Vincent Vincenzo ' +
  'Vinícius Vítor Vittorio Vivien Vladimir Volker Volodymyr Wael Wafa Wafaa Wahbi Wajdi Walid Walter ' +
  'Waltraud Warren Wassim Wayne Wendy Werner Widad Wided Wiebke Wilfried Wilhelm Willem Willemijn William ' +
  'Wilma Wim Winfried Wolfgang Wouter Xavi Xavier Xi Ximena Yacine Yaël Yahia Yahya Yaïr Yamina Yann ' +
  'Yannick Yannis Yasmina Yasmine Yasser Yassine Yazid Yoann Yoav Yohann Yolanda Yosra Youcef Younes ' +
  'Youness Youssef Youssouf Yulia Yusuf Yves Yvonne Zach Zachary Zahia Zahra Zainab Zakaria Zakia Zayed ' +
  'Zeineb Ziad Zied Zine Zineb Zinedine Zoe Zohra Zoubir Zouhair'
);

/** Particles that sit inside personal names (`Ben`, `Ould`, `El`, `de`, `von`...), bare forms without hyphen. */
export const NAME_PARTICLES: readonly string[] = /* @__PURE__ */ words(
  'Ben Bin Ibn Ibnou Bent Bint El Al Ould Ag Ait Abou Abu Bou Moulay Mulay Sidi Lalla Bel Mint Ech Abd de ' +
  'du des d\' da dal di del della dos das van von der den ten ter zu Mac Mc Saint Sainte St'
);
